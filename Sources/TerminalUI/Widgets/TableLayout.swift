/// Column widths for a table of text columns that must fit a given width.
public struct TableLayout {
    /// One column's sizing wishes.
    public struct Column: Sendable, Hashable {
        /// The header text (not used for sizing, carried so callers keep headers and widths together).
        public var header: String
        /// The narrowest the column may be; columns that cannot get this much are dropped.
        public var minWidth: Int
        /// Relative share of the width left over after every kept column got its minimum.
        public var weight: Int

        /// Creates a column.
        public init(header: String, minWidth: Int, weight: Int = 1) {
            self.header = header
            self.minWidth = max(0, minWidth)
            self.weight = max(0, weight)
        }
    }

    /// Widths for the columns that fit, left to right; columns that do not fit are dropped from the right,
    /// so the result may be shorter than `columns`. `separator` columns sit between adjacent columns.
    /// When not even the first column fits at its minimum it still gets the whole width.
    public static func widths(for columns: [Column], totalWidth: Int, separator: Int = 1) -> [Int] {
        guard totalWidth > 0, let first = columns.first else { return [] }
        var kept: [Column] = [first]
        var used = first.minWidth
        for column in columns.dropFirst() {
            let needed = used + separator + column.minWidth
            if needed > totalWidth { break }
            kept.append(column)
            used = needed
        }
        if used >= totalWidth { return kept.count == 1 ? [totalWidth] : kept.map(\.minWidth) }

        var widths = kept.map(\.minWidth)
        let spare = totalWidth - used
        let totalWeight = kept.reduce(0) { $0 + $1.weight }
        guard totalWeight > 0 else { return widths }
        var given = 0
        for (i, column) in kept.enumerated() {
            let share = spare * column.weight / totalWeight
            widths[i] += share
            given += share
        }
        // Rounding leftovers go one by one to weighted columns from the left so the row is filled exactly.
        var leftover = spare - given
        var i = 0
        while leftover > 0 {
            if kept[i].weight > 0 {
                widths[i] += 1
                leftover -= 1
            }
            i = (i + 1) % kept.count
        }
        return widths
    }
}
