/// A cell position on the terminal grid: `x` is the column, `y` the row, both from 0.
public struct Point: Hashable, Sendable {
    /// Column, counted from the left edge.
    public var x: Int
    /// Row, counted from the top edge.
    public var y: Int

    /// Creates a point at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// The top-left corner.
    public static let zero = Point(x: 0, y: 0)
}
