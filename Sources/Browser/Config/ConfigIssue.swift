/// One problem in the config file; the description names the file, line and key to fix.
public struct ConfigIssue: Sendable, Equatable, CustomStringConvertible {
    /// The config file's path.
    public var file: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// The key the problem is in, e.g. "keys.refresh" or "profiles.prod.token_file".
    public var key: String?
    /// What is wrong, and what was done instead.
    public var message: String

    /// Creates an issue.
    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// "FILE:LINE: KEY: MESSAGE", leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "\(key): " }
        return text + message
    }
}
