/// A size in terminal cells.
public struct Size: Hashable, Sendable {
    /// Number of columns.
    public var width: Int
    /// Number of rows.
    public var height: Int

    /// Creates a size; negative dimensions are stored as 0 so every consumer can trust them.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A size with no cells.
    public static let zero = Size(width: 0, height: 0)

    /// Whether the size holds no cells at all.
    public var isEmpty: Bool { width == 0 || height == 0 }
}
