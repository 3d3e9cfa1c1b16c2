/// Which characters draw box borders and lines.
public enum BoxStyle: Hashable, Sendable {
    /// Unicode light box drawing: ─ │ ┌ ┐ └ ┘.
    case unicode
    /// Plain ASCII for terminals without UTF-8: - | +.
    case ascii

    /// The horizontal line character.
    public var horizontal: Character { self == .unicode ? "─" : "-" }
    /// The vertical line character.
    public var vertical: Character { self == .unicode ? "│" : "|" }
    /// The top-left corner.
    public var topLeft: Character { self == .unicode ? "┌" : "+" }
    /// The top-right corner.
    public var topRight: Character { self == .unicode ? "┐" : "+" }
    /// The bottom-left corner.
    public var bottomLeft: Character { self == .unicode ? "└" : "+" }
    /// The bottom-right corner.
    public var bottomRight: Character { self == .unicode ? "┘" : "+" }
}
