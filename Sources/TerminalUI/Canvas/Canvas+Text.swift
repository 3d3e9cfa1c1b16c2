extension Canvas {
    /// Writes text starting at `point`, never past `clip` (default: whole canvas) or the row's end.
    ///
    /// The text is sanitised (see ``TerminalText/sanitize(_:)``) and markers are drawn in role "text.control".
    /// A wide character that would straddle a clip edge becomes a space. Columns left of the clip are
    /// skipped but counted, so callers can scroll text horizontally by starting it left of the clip.
    /// - Returns: columns advanced from `point.x`, stopping at the clip's right edge.
    @discardableResult
    public mutating func write(_ text: String, at point: Point, role: StyleRole, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard !area.isEmpty, point.y >= area.y, point.y < area.maxY, point.x < area.maxX else { return 0 }
        var column = point.x
        for segment in TerminalText.sanitizedSegments(text) {
            let segmentRole = segment.isMarker ? StyleRole.control : role
            for character in segment.text {
                let width = TerminalText.graphemeWidth(character)
                if width == 0 { continue }
                let end = column + width
                if end <= area.x {
                    column = end
                    continue
                }
                if column < area.x || end > area.maxX {
                    // Half of the character is outside the clip: show the visible half as blank.
                    for blankColumn in max(column, area.x)..<min(end, area.maxX) {
                        place(.blank(role: segmentRole), x: blankColumn, y: point.y)
                    }
                } else {
                    place(Cell(text: String(character), width: width, role: segmentRole), x: column, y: point.y)
                }
                column = end
                if column >= area.maxX { return area.maxX - point.x }
            }
        }
        return column - point.x
    }

    /// Writes spans one after another from `point`, each in its own role, within `clip`.
    /// - Returns: columns advanced from `point.x`.
    @discardableResult
    public mutating func write(_ spans: [TextSpan], at point: Point, clip: Rect? = nil) -> Int {
        var column = point.x
        for span in spans {
            column += write(span.text, at: Point(x: column, y: point.y), role: span.role, clip: clip)
        }
        return column - point.x
    }

    /// Writes `text` aligned within the one-row `rect`, padded or truncated to its width.
    @discardableResult
    public mutating func write(_ text: String, in rect: Rect, role: StyleRole, alignment: TextAlignment = .left) -> Int
    {
        guard !rect.isEmpty else { return 0 }
        let fitted = TerminalText.truncate(text, toWidth: rect.width)
        let spare = rect.width - TerminalText.displayWidth(fitted)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .right: offset = spare
        case .center: offset = spare / 2
        }
        return write(fitted, at: Point(x: rect.x + offset, y: rect.y), role: role, clip: rect)
    }
}
