/// A request the client sent and has had no answer to: what it asks for, when it went, and how long it had
/// waited when last looked at.
public struct WaitingRequest: Sendable, Equatable {
    /// Method and path, e.g. `GET /crm/v3/objects/contacts`.
    public var request: String
    /// When it was sent.
    public var sentAt: ContinuousClock.Instant
    /// Whole seconds it had waited at the last tick.
    public var seconds = 0

    /// Creates a request sent at `sentAt`.
    public init(request: String, sentAt: ContinuousClock.Instant) {
        self.request = request
        self.sentAt = sentAt
    }
}
