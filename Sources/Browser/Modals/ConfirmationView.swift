import TerminalUI

/// A question with details (the diff of a save) in a box over the screen; the question itself is in
/// the status line.
enum ConfirmationView {
    static func draw(_ confirmation: Confirmation, state: BrowserState, into canvas: inout Canvas) {
        let widest = confirmation.details.map { TerminalText.displayWidth(TerminalText.sanitize($0)) + 1 }.max() ?? 20
        let width = min(canvas.size.width - 4, max(40, widest + 3))
        // Wrapped, never cut: the diff is what a person checks before saying yes.
        let lines = confirmation.details.flatMap { detail in
            TerminalText.wrap(detail, toWidth: max(1, width - 4)).enumerated().map { index, line in
                (index == 0 ? " " : "   ") + line
            }
        }
        let height = min(canvas.size.height - 4, lines.count + 3)
        let inner = OverlayBox.draw(into: &canvas, width: width, height: height, title: "Save these changes?")
        for (index, line) in lines.enumerated() where index < inner.height - 1 {
            let row = inner.row(index)
            let more = lines.count > inner.height - 1 && index == inner.height - 2
            let text = more ? " … \(lines.count - index) more lines (z on a property shows it whole)" : line
            canvas.write(text, at: Point(x: row.x, y: row.y), role: more ? "text.dim" : "text", clip: row)
        }
        let last = inner.row(inner.height - 1)
        let hints = Modal.confirmation(confirmation).bindings(state.keyBindings).hintLine
        canvas.write(" " + hints, at: Point(x: last.x, y: last.y), role: "text.dim", clip: last)
    }
}
