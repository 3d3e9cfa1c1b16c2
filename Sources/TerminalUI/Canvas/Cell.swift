/// One column of the character grid.
public struct Cell: Hashable, Sendable {
    /// Exactly one grapheme cluster, or "" for the right half of a wide character.
    public var text: String
    /// Columns the text occupies: 1 or 2, or 0 for the right half of a wide character.
    public var width: Int
    /// How the cell looks.
    public var role: StyleRole

    /// Creates a cell from its parts; the caller vouches that `text` is sanitised and `width` right.
    public init(text: String, width: Int, role: StyleRole) {
        self.text = text
        self.width = width
        self.role = role
    }

    /// A space in the base role.
    public static let blank = Cell(text: " ", width: 1, role: .text)

    /// A space in `role`.
    public static func blank(role: StyleRole) -> Cell {
        Cell(text: " ", width: 1, role: role)
    }

    /// The right half of a wide character drawn in `role`.
    public static func continuation(role: StyleRole) -> Cell {
        Cell(text: "", width: 0, role: role)
    }

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
