/// Why a theme file could not be used; the description points at the file, line and role to fix.
public struct ThemeError: Error, Sendable, CustomStringConvertible {
    /// The theme file as given (path or name).
    public var file: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// The role (or palette entry, as "palette.NAME") the problem is in, when there is one.
    public var role: String?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, role: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.role = role
        self.message = message
    }

    /// "FILE:LINE: role 'ROLE': MESSAGE", leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let role { text += "role '\(role)': " }
        return text + message
    }
}
