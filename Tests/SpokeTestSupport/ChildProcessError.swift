/// A child process could not be started or waited for.
public struct ChildProcessError: Error, CustomStringConvertible {
    /// What went wrong, with the system's reason.
    public let message: String
    /// The message.
    public var description: String { message }
}
