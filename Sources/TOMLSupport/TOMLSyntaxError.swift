/// A TOML document that could not be read at all, with the line to fix when it is known.
public struct TOMLSyntaxError: Error, Sendable, Equatable {
    /// 1-based line of the problem.
    public var line: Int?
    /// What the parser found wrong.
    public var message: String

    /// Creates an error.
    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }
}
