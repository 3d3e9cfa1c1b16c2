import TerminalUI

/// Key hints, generated from the live key table so they never drift from what keys do.
enum FooterView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, role: "footer.text")
        var x = rect.x + 1
        for binding in state.keyBindings.bindings {
            guard let label = binding.footerLabel, binding.disabledReason(state) == nil else { continue }
            let key = binding.keys.first?.displayName ?? ""
            let needed = TerminalText.displayWidth(key) + TerminalText.displayWidth(label) + 3
            guard x + needed <= rect.maxX else { break }
            x += canvas.write(key, at: Point(x: x, y: rect.y), role: "footer.key", clip: rect)
            x += canvas.write(" \(label)  ", at: Point(x: x, y: rect.y), role: "footer.text", clip: rect)
        }
    }
}
