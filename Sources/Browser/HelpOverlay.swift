import TerminalUI

/// Every key of the live key table in a box over the screen; a disabled key says why.
enum HelpOverlay {
    static func draw(_ state: BrowserState, into canvas: inout Canvas) {
        let bindings = state.keyBindings.bindings
        let keyWidth = min(22, (bindings.map { TerminalText.displayWidth($0.keyLabel) }.max() ?? 8) + 2)
        let width = min(canvas.size.width - 4, 72)
        let height = min(canvas.size.height - 2, bindings.count + 4)
        let rect = Rect(x: (canvas.size.width - width) / 2, y: (canvas.size.height - height) / 2,
                        width: width, height: height)
        canvas.fill(rect, role: "text")
        canvas.drawBox(rect, role: "border.focused", title: "Keys", titleRole: "title.focused")
        let inner = rect.inset(by: 1)
        for (index, binding) in bindings.enumerated() where index < inner.height - 1 {
            let row = inner.row(index)
            let reason = binding.disabledReason(state)
            canvas.write(" " + TerminalText.pad(binding.keyLabel, toWidth: keyWidth), at: Point(x: row.x, y: row.y),
                         role: reason == nil ? "footer.key" : "text.dim", clip: row)
            let text = binding.description + (reason.map { " (unavailable: \($0))" } ?? "")
            canvas.write(text, at: Point(x: row.x + keyWidth + 2, y: row.y), role: reason == nil ? "text" : "text.dim",
                         clip: row)
        }
        let last = inner.row(inner.height - 1)
        canvas.write(" ? or Esc closes", at: Point(x: last.x, y: last.y), role: "text.dim", clip: last)
    }
}
