/// A semantic name for how something should look ("list.selected"); a ``Theme`` turns it into a ``Style``.
///
/// Names are dotted so a theme may style a whole family at once: "a.b.c" falls back to "a.b", then "a", then "text".
public struct StyleRole: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The dotted role name.
    public let name: String

    /// Creates a role from its dotted name.
    public init(_ name: String) {
        self.name = name
    }

    /// Creates a role from a string literal.
    public init(stringLiteral value: String) {
        self.name = value
    }

    /// The dotted role name.
    public var description: String { name }

    /// The role one level up ("a.b" for "a.b.c"), "text" for a top-level role, nil for "text" itself.
    public var parent: StyleRole? {
        if name == StyleRole.text.name { return nil }
        guard let dot = name.lastIndex(of: ".") else { return .text }
        return StyleRole(String(name[..<dot]))
    }

    /// The base role every lookup ends at.
    public static let text: StyleRole = "text"
    /// The role `Canvas.write` uses for sanitised control-character markers.
    public static let control: StyleRole = "text.control"
}
