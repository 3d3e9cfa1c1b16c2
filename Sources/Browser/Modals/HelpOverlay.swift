import TerminalUI

/// Every key of the live key table in a box over the screen; a disabled key says why. When the table
/// is taller than the screen, j/k and PgDn/PgUp scroll it.
enum HelpOverlay {
    /// Key rows the overlay shows at `size`.
    static func rowsHeight(size: Size) -> Int {
        max(1, min(size.height - 2, 40) - 3)
    }

    /// What the screen shows that no key explains, after the keys: (what, its meaning).
    static let notes: [(String, String)] = [
        (
            "API n/m",
            "header: calls HubSpot still allows in its rate-limit window"
        ),
        (
            "dim type",
            "sidebar: a type with no records; \"N empty\" counts them"
        ),
    ]

    /// Rows the overlay scrolls through: every key, then the notes.
    static func rowCount(_ state: BrowserState) -> Int { state.keyBindings.bindings.count + notes.count }

    static func draw(_ state: BrowserState, into canvas: inout Canvas) {
        let bindings = state.keyBindings.bindings
        let keyWidth = min(22, (bindings.map { TerminalText.displayWidth($0.keyLabel) }.max() ?? 8) + 2)
        let rows = rowsHeight(size: canvas.size)
        let width = min(canvas.size.width - 4, 90)
        let total = rowCount(state)
        let height = min(total, rows) + 3
        let inner = OverlayBox.draw(into: &canvas, width: width, height: height, title: "Keys")
        let offset = min(state.helpOffset, max(0, total - rows))
        for (line, index) in (offset..<min(total, offset + rows)).enumerated() {
            let row = inner.row(line)
            guard index < bindings.count else {
                let (what, meaning) = notes[index - bindings.count]
                canvas.write(
                    " " + TerminalText.pad(what, toWidth: keyWidth), at: Point(x: row.x, y: row.y),
                    role: "detail.label",
                    clip: row)
                canvas.write(
                    TerminalText.truncate(meaning, toWidth: max(0, row.width - keyWidth - 2)),
                    at: Point(x: row.x + keyWidth + 2, y: row.y), role: "text", clip: row)
                continue
            }
            let binding = bindings[index]
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
        let shown = "\(offset + 1)–\(min(total, offset + rows)) of \(total)"
        let hints = Modal.help(offset: offset).bindings(state.keyBindings).hintLine
        canvas.write(" \(shown) · \(hints)", at: Point(x: last.x, y: last.y), role: "text.dim", clip: last)
    }
}
