/// One `[keys]` entry: the keys an action should have from now on (none unbinds it).
public struct KeyRemap: Sendable, Equatable {
    /// The action's name as written, e.g. "refresh" (a ``Command`` raw value).
    public var action: String
    /// The key names as written, e.g. ["R", "F5"]; empty unbinds the action.
    public var keyNames: [String]
    /// The line the entry is on, for error messages.
    public var line: Int?

    /// Creates a remap.
    public init(action: String, keyNames: [String], line: Int? = nil) {
        self.action = action
        self.keyNames = keyNames
        self.line = line
    }
}
