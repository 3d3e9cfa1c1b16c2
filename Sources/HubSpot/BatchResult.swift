import Foundation

/// A batch endpoint's answer (`BatchResponse…`): a status, the results and when the work ran.
public struct BatchResult<Element: Codable & Sendable & Hashable>: Codable, Hashable, Sendable {
    /// `COMPLETE` once the batch has run (`PENDING`, `PROCESSING`, `CANCELED` otherwise).
    public var status: String
    /// One result per input that succeeded.
    public var results: [Element]
    /// When the batch started.
    public var startedAt: Date
    /// When the batch finished.
    public var completedAt: Date
    /// How many inputs failed, on a 207 answer.
    public var numErrors: Int?
    /// Why each failed input failed, on a 207 answer.
    public var errors: [APIErrorBody]?

    /// Creates a completed batch result.
    public init(results: [Element], startedAt: Date, completedAt: Date, status: String = "COMPLETE",
                errors: [APIErrorBody]? = nil) {
        self.status = status
        self.results = results
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.errors = errors
        numErrors = errors?.count
    }
}
