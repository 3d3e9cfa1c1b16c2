import Foundation

/// The body of a batch answer (`BatchResponse…` and, on 207, `BatchResponse…WithErrors`).
public struct BatchResponse<Result: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// `COMPLETE` for the synchronous object endpoints (`PENDING`, `PROCESSING`, `CANCELED` exist in the spec).
    public var status: String
    /// The inputs that succeeded.
    public var results: [Result]
    /// When the server started the batch.
    public var startedAt: Date
    /// When it finished.
    public var completedAt: Date
    /// When it was requested, if sent.
    public var requestedAt: Date?
    /// How many inputs failed (207 only).
    public var numErrors: Int?
    /// The failed inputs (207 only).
    public var errors: [StandardError]?
    /// Links, if sent.
    public var links: [String: String]?

    /// Creates a batch body.
    public init(
        status: String = "COMPLETE", results: [Result], startedAt: Date, completedAt: Date,
        requestedAt: Date? = nil, numErrors: Int? = nil, errors: [StandardError]? = nil,
        links: [String: String]? = nil
    ) {
        self.status = status
        self.results = results
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.requestedAt = requestedAt
        self.numErrors = numErrors
        self.errors = errors
        self.links = links
    }
}
