/// A preferences file that could not be read or written, naming it and why.
public struct PreferencesError: Error, CustomStringConvertible, Sendable {
    /// The file's path.
    public var file: String
    /// What was wrong.
    public var reason: String

    /// "FILE: REASON".
    public var description: String { "\(file): \(reason)" }
}
