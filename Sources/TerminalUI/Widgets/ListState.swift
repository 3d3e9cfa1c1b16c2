/// Selection and scroll position of a list of `count` rows shown in a viewport `height` rows tall.
///
/// Count and height are passed to every call rather than stored, because both change underneath
/// the state (data arrives, the terminal is resized) and stale copies would clamp wrongly.
public struct ListState: Hashable, Sendable {
    /// Index of the selected row (0 when the list is empty).
    public var selected: Int
    /// Index of the first visible row.
    public var offset: Int

    /// Creates a state selecting `selected` with `offset` as the first visible row.
    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` rows, clamped to the list, and scrolls to keep it visible.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        moveTo(selected + delta, count: count, height: height)
    }

    /// Selects `index`, clamped to the list, and scrolls to keep it visible.
    public mutating func moveTo(_ index: Int, count: Int, height: Int) {
        selected = index
        clamp(count: count, height: height)
    }

    /// Moves a page (`height - 1` rows, so one row of context stays) down for positive `direction`, up for negative.
    public mutating func page(_ direction: Int, count: Int, height: Int) {
        let step = max(1, height - 1)
        let delta = direction.signum() * step
        guard delta != 0 else { return }
        // Scroll the viewport with the selection so paging feels like turning a page, not a cursor jump.
        offset += delta
        move(by: delta, count: count, height: height)
    }

    /// Selects the first row.
    public mutating func moveToFirst(count: Int, height: Int) {
        moveTo(0, count: count, height: height)
    }

    /// Selects the last row.
    public mutating func moveToLast(count: Int, height: Int) {
        moveTo(count - 1, count: count, height: height)
    }

    /// Re-establishes the invariants after the list or viewport changed size:
    /// the selection is a valid row, it is visible, and no space is wasted below the last row.
    public mutating func clamp(count: Int, height: Int) {
        guard count > 0 else {
            selected = 0
            offset = 0
            return
        }
        selected = min(max(0, selected), count - 1)
        let visibleRows = max(1, height)
        if selected < offset { offset = selected }
        if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        offset = min(max(0, offset), max(0, count - visibleRows))
    }

    /// The indices visible in a viewport of `height` rows.
    public func visibleRange(count: Int, height: Int) -> Range<Int> {
        let start = min(max(0, offset), max(0, count))
        return start..<min(count, start + max(0, height))
    }
}
