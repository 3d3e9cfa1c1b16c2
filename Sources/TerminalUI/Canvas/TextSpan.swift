/// A run of text drawn in one role; rows of lists and tables are built from these.
public struct TextSpan: Hashable, Sendable {
    /// The text, sanitised when drawn.
    public var text: String
    /// How the text looks.
    public var role: StyleRole

    /// Creates a span.
    public init(_ text: String, role: StyleRole = .text) {
        self.text = text
        self.role = role
    }

    /// Creates a span with labelled arguments.
    public init(text: String, role: StyleRole) {
        self.text = text
        self.role = role
    }
}
