import TerminalUI

/// Under the focused record pane's rows: the selected property's value wrapped whole when its row cuts it,
/// so a long value, a staged `old → new` or a conflict's `mine`/`theirs` can be checked before saving.
enum DetailValuePanel {
    /// Draws the panel at the bottom of `rect` when `value` is wider than `fitsIn`; returns the rows' rect left.
    static func draw(
        label: String, value: String, fitsIn width: Int, isHeading: Bool, into canvas: inout Canvas, rect: Rect
    ) -> Rect {
        guard !isHeading, rect.height >= 6 else { return rect }
        // Only what the panel can show is measured and wrapped: a value may be a megabyte, drawn every frame.
        let shown = String(value.prefix(rect.height * rect.width))
        guard TerminalText.displayWidth(TerminalText.sanitize(shown)) > width else { return rect }
        var lines = TerminalText.wrap(shown, toWidth: rect.width - 2)
        if shown.count < value.count { lines.append("…") }
        // At most half the pane, so the rows around the selection stay in sight; z shows the rest.
        let room = rect.height / 2 - 1
        let height = min(lines.count, room) + 1
        let (rows, panel) = rect.splitRows(bottomHeight: height)
        let heading = TerminalText.pad(" ── " + TerminalText.sanitize(label) + " (whole) ", toWidth: panel.width)
        canvas.write(heading, at: Point(x: panel.x, y: panel.y), role: "list.header", clip: panel)
        for (index, line) in lines.prefix(height - 1).enumerated() {
            let cut = lines.count > height - 1 && index == height - 2
            let text = cut ? TerminalText.truncate(line, toWidth: rect.width - 14, ellipsis: "") + " … z: all" : line
            let row = panel.row(index + 1)
            canvas.write(" " + text, at: Point(x: row.x, y: row.y), role: "detail.value", clip: row)
        }
        return rows
    }
}
