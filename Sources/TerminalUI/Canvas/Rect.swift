/// A rectangle of terminal cells; all splitting operations clamp, so layouts never produce negative sizes.
public struct Rect: Hashable, Sendable {
    /// Left column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// Creates a rectangle; negative sizes are clamped to 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Creates a rectangle at `origin` with `size`.
    public init(origin: Point, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    /// An empty rectangle at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// The column just past the right edge.
    public var maxX: Int { x + width }
    /// The row just past the bottom edge.
    public var maxY: Int { y + height }
    /// Whether the rectangle holds no cells.
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    /// The top-left corner.
    public var origin: Point { Point(x: x, y: y) }
    /// The width and height.
    public var size: Size { Size(width: width, height: height) }

    /// Whether `point` lies inside the rectangle.
    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The overlap of two rectangles (empty, positioned at the clamped origin, when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Shrinks the rectangle by `amount` cells on every side, never below zero size.
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    /// Shrinks by `horizontal` cells on the left and right and `vertical` cells on the top and bottom.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let newWidth = max(0, width - 2 * horizontal)
        let newHeight = max(0, height - 2 * vertical)
        return Rect(
            x: x + min(horizontal, width / 2), y: y + min(vertical, height / 2), width: newWidth, height: newHeight)
    }

    /// Splits into a left part `leftWidth` columns wide (clamped to the rectangle) and the remainder.
    public func splitColumns(leftWidth: Int) -> (left: Rect, right: Rect) {
        let leftPart = min(max(0, leftWidth), width)
        return (
            Rect(x: x, y: y, width: leftPart, height: height),
            Rect(x: x + leftPart, y: y, width: width - leftPart, height: height)
        )
    }

    /// Splits into a right part `rightWidth` columns wide (clamped) and the remainder on the left.
    public func splitColumns(rightWidth: Int) -> (left: Rect, right: Rect) {
        splitColumns(leftWidth: width - min(max(0, rightWidth), width))
    }

    /// Splits into a top part `topHeight` rows tall (clamped) and the remainder.
    public func splitRows(topHeight: Int) -> (top: Rect, bottom: Rect) {
        let topPart = min(max(0, topHeight), height)
        return (
            Rect(x: x, y: y, width: width, height: topPart),
            Rect(x: x, y: y + topPart, width: width, height: height - topPart)
        )
    }

    /// Splits into a bottom part `bottomHeight` rows tall (clamped) and the remainder above it.
    public func splitRows(bottomHeight: Int) -> (top: Rect, bottom: Rect) {
        splitRows(topHeight: height - min(max(0, bottomHeight), height))
    }

    /// The one-row rectangle at row `i` of this rectangle (empty when `i` is outside it).
    public func row(_ i: Int) -> Rect {
        guard i >= 0, i < height else { return Rect(x: x, y: y + max(0, min(i, height)), width: width, height: 0) }
        return Rect(x: x, y: y + i, width: width, height: 1)
    }

    /// The one-column rectangle at column `i` of this rectangle (empty when `i` is outside it).
    public func column(_ i: Int) -> Rect {
        guard i >= 0, i < width else { return Rect(x: x + max(0, min(i, width)), y: y, width: 0, height: height) }
        return Rect(x: x + i, y: y, width: 1, height: height)
    }
}
