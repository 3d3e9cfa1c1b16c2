/// Where padded text sits within its width.
public enum TextAlignment: Hashable, Sendable {
    /// Text first, spaces after.
    case left
    /// Spaces first, text after.
    case right
    /// Spaces split around the text, the odd one going to the right.
    case center
}
