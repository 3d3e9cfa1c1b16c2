extension Canvas {
    /// Draws a border around `rect` with an optional title in the top edge.
    ///
    /// Rectangles smaller than 2×2 have no room for a border and are left untouched.
    public mutating func drawBox(
        _ rect: Rect,
        role: StyleRole,
        title: String? = nil,
        titleRole: StyleRole? = nil,
        style: BoxStyle = .unicode
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        drawHorizontalLine(at: Point(x: rect.x + 1, y: rect.y), length: rect.width - 2, role: role, style: style)
        drawHorizontalLine(at: Point(x: rect.x + 1, y: bottom), length: rect.width - 2, role: role, style: style)
        drawVerticalLine(at: Point(x: rect.x, y: rect.y + 1), length: rect.height - 2, role: role, style: style)
        drawVerticalLine(at: Point(x: right, y: rect.y + 1), length: rect.height - 2, role: role, style: style)
        put(style.topLeft, x: rect.x, y: rect.y, role: role)
        put(style.topRight, x: right, y: rect.y, role: role)
        put(style.bottomLeft, x: rect.x, y: bottom, role: role)
        put(style.bottomRight, x: right, y: bottom, role: role)
        if let title, !title.isEmpty, rect.width > 4 {
            // One border column and one space of breathing room on each side of the title.
            let titleArea = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
            let text = TerminalText.truncate(title, toWidth: titleArea.width - 2)
            write(" " + text + " ", at: titleArea.origin, role: titleRole ?? role, clip: titleArea)
        }
    }

    /// Draws a horizontal line of `length` cells starting at `point`.
    public mutating func drawHorizontalLine(at point: Point, length: Int, role: StyleRole, style: BoxStyle = .unicode) {
        guard length > 0 else { return }
        for x in point.x..<(point.x + length) {
            put(style.horizontal, x: x, y: point.y, role: role)
        }
    }

    /// Draws a vertical line of `length` cells starting at `point`.
    public mutating func drawVerticalLine(at point: Point, length: Int, role: StyleRole, style: BoxStyle = .unicode) {
        guard length > 0 else { return }
        for y in point.y..<(point.y + length) {
            put(style.vertical, x: point.x, y: y, role: role)
        }
    }

    /// Puts one narrow, known-safe character.
    private mutating func put(_ character: Character, x: Int, y: Int, role: StyleRole) {
        place(Cell(text: String(character), width: 1, role: role), x: x, y: y)
    }
}
