import TerminalUI

/// Every key of the live key table in a box over the screen; a disabled key says why. When the table
/// is taller than the screen, j/k and PgDn/PgUp scroll it.
enum HelpOverlay {
    /// Key rows the overlay shows at `size`.
    static func rowsHeight(size: Size) -> Int {
        max(1, min(size.height - 2, 40) - 3)
    }

    static func draw(_ state: BrowserState, into canvas: inout Canvas) {
        let bindings = state.keyBindings.bindings
        let keyWidth = min(22, (bindings.map { TerminalText.displayWidth($0.keyLabel) }.max() ?? 8) + 2)
        let rows = rowsHeight(size: canvas.size)
        let width = min(canvas.size.width - 4, 90)
        let height = min(bindings.count, rows) + 3
        let inner = OverlayBox.draw(into: &canvas, width: width, height: height, title: "Keys")
        let offset = min(state.helpOffset, max(0, bindings.count - rows))
        for (line, binding) in bindings.dropFirst(offset).prefix(rows).enumerated() {
            let row = inner.row(line)
            let reason = binding.disabledReason(state)
            canvas.write(
                " " + TerminalText.pad(binding.keyLabel, toWidth: keyWidth), at: Point(x: row.x, y: row.y),
                role: reason == nil ? "footer.key" : "text.dim", clip: row)
            let text = binding.description + (reason.map { " (unavailable: \($0))" } ?? "")
            // A reason longer than the box ends in an ellipsis, so a cut one does not read as whole.
            let room = max(0, row.width - keyWidth - 2)
            canvas.write(
                TerminalText.truncate(text, toWidth: room), at: Point(x: row.x + keyWidth + 2, y: row.y),
                role: reason == nil ? "text" : "text.dim", clip: row)
        }
        let last = inner.row(inner.height - 1)
        let shown = "\(offset + 1)–\(min(bindings.count, offset + rows)) of \(bindings.count)"
        let hints = Modal.help(offset: offset).bindings(state.keyBindings).hintLine
        canvas.write(" \(shown) · \(hints)", at: Point(x: last.x, y: last.y), role: "text.dim", clip: last)
    }
}
