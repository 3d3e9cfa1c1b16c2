import TerminalUI

/// The full-value view (`z`): one property's value wrapped in a box over the screen, scrolled by the movement keys.
enum FullValueOverlay {
    /// The box's width at `size`: wide enough to read, never wider than a comfortable line.
    static func width(size: Size) -> Int { min(size.width - 4, 100) }

    /// Lines of text the box shows at `size`.
    static func rowsHeight(size: Size) -> Int { max(1, size.height - 6) }

    /// The wrapped lines of `view` at `size` (the scroll's range).
    static func lineCount(_ view: FullValue, size: Size) -> Int {
        view.lines(width: max(1, width(size: size) - 4)).count
    }

    static func draw(_ view: FullValue, state: BrowserState, into canvas: inout Canvas) {
        let width = width(size: canvas.size)
        let lines = view.lines(width: max(1, width - 4))
        let rows = rowsHeight(size: canvas.size)
        let height = min(canvas.size.height - 2, max(3, min(lines.count, rows) + 3))
        let inner = OverlayBox.draw(into: &canvas, width: width, height: height, title: view.title)
        let offset = min(view.offset, max(0, lines.count - rows))
        let shown = min(rows, inner.height - 1)
        for (index, line) in lines.dropFirst(offset).prefix(shown).enumerated() {
            let row = inner.row(index)
            let role: StyleRole = line.hasPrefix("── ") ? "detail.label" : "text"
            canvas.write(" " + line, at: Point(x: row.x, y: row.y), role: role, clip: row)
        }
        let last = inner.row(inner.height - 1)
        let position =
            lines.count > shown ? "lines \(offset + 1)–\(min(lines.count, offset + shown)) of \(lines.count) · " : ""
        let hints = Modal.fullValue(view).bindings(state.keyBindings).hintLine
        canvas.write(" " + position + hints, at: Point(x: last.x, y: last.y), role: "text.dim", clip: last)
    }
}
