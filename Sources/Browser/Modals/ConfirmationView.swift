import TerminalUI

/// A question with details (the diff of a save) in a box over the screen; the question itself is in
/// the status line.
enum ConfirmationView {
    static func draw(_ confirmation: Confirmation, state: BrowserState, into canvas: inout Canvas) {
        let lines = confirmation.details.map { " " + TerminalText.sanitize($0) }
        let widest = lines.map(TerminalText.displayWidth).max() ?? 20
        let width = min(canvas.size.width - 4, max(40, widest + 3))
        let height = min(canvas.size.height - 4, lines.count + 3)
        let inner = OverlayBox.draw(into: &canvas, width: width, height: height, title: "Save these changes?")
        for (index, line) in lines.enumerated() where index < inner.height - 1 {
            let row = inner.row(index)
            canvas.write(line, at: Point(x: row.x, y: row.y), role: "text", clip: row)
        }
        let last = inner.row(inner.height - 1)
        let hints = Modal.confirmation(confirmation).bindings(state.keyBindings).hintLine
        canvas.write(" " + hints, at: Point(x: last.x, y: last.y), role: "text.dim", clip: last)
    }
}
