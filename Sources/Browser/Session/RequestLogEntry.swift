/// One call in the request log (`L`): what was asked and how it ended. Paths carry no query string,
/// so no token or personal value is shown.
public struct RequestLogEntry: Sendable, Equatable {
    /// `GET`, `POST`, …
    public var method: String
    /// The URL path.
    public var path: String
    /// The HTTP status, or nil when no answer came.
    public var status: Int?
    /// How long the answer took.
    public var milliseconds: Int?
    /// Why no answer came.
    public var note: String?

    /// Creates an entry.
    public init(method: String, path: String, status: Int?, milliseconds: Int?, note: String?) {
        self.method = method
        self.path = path
        self.status = status
        self.milliseconds = milliseconds
        self.note = note
    }

    /// The entry as one line: `GET  200    35 ms  /crm/v3/objects/contacts`.
    public var line: String {
        let statusText = status.map(String.init) ?? "---"
        let time = milliseconds.map { "\($0) ms" } ?? "no answer"
        let padded = method.padding(toLength: 6, withPad: " ", startingAt: 0)
        let timed = String(repeating: " ", count: max(0, 9 - time.count)) + time
        return "\(padded) \(statusText) \(timed)  \(path)" + (note.map { "  (\($0))" } ?? "")
    }
}
