/// Draws a vertically scrolling list whose rows are produced on demand.
public struct ListView {
    /// Draws only the visible rows (offset ..< offset+rect.height); `row` is asked for visible indices only,
    /// so lists of any length cost the same to draw.
    ///
    /// The selected row is first filled with `selectedRole` (or `unfocusedSelectedRole` when the list
    /// is not focused) so the highlight spans the full width; the spans `row` returns are drawn on top,
    /// and it is told whether the row is selected so it can pick matching roles.
    public static func draw(
        into canvas: inout Canvas,
        rect: Rect,
        state: ListState,
        count: Int,
        focused: Bool,
        rowRole: StyleRole = "list.row",
        selectedRole: StyleRole = "list.selected",
        unfocusedSelectedRole: StyleRole = "list.selected.unfocused",
        row: (_ index: Int, _ selected: Bool) -> [TextSpan]
    ) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect, role: rowRole)
        var visible = state
        visible.clamp(count: count, height: rect.height)
        for (line, index) in visible.visibleRange(count: count, height: rect.height).enumerated() {
            let lineRect = rect.row(line)
            let isSelected = index == visible.selected
            if isSelected {
                canvas.fill(lineRect, role: focused ? selectedRole : unfocusedSelectedRole)
            }
            canvas.write(row(index, isSelected), at: lineRect.origin, clip: lineRect)
        }
    }
}
