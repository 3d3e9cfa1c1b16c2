import Foundation
import HubSpot

/// One queued change as the outbox holds it, with what replay learnt about it.
public struct OutboxEntry: Sendable, Hashable {
    /// Where an entry stands.
    public enum State: String, Sendable, Hashable {
        /// Waiting to be sent.
        case pending
        /// The server changed the same properties since the edit; the user must choose.
        case conflict
        /// The server refused it (validation, permissions); replay stops here until it is resolved.
        case failed
        /// Claimed by a replay and sent (or about to be); what the server did is not recorded yet. A create
        /// in this state is looked for on the server before it is ever sent again.
        case sending
        /// A create that may or may not exist on the server, and looking for it could not tell; the user
        /// decides (send it again, or forget it).
        case unknown
    }

    /// The position in the outbox; replay goes in this order.
    public var seq: Int64
    /// The change.
    public var change: PendingChange
    /// Where it stands.
    public var state: State
    /// When it was queued.
    public var createdAt: Date
    /// For an update: each edited property's value before the edit (what we expect the server still holds).
    public var baseValues: [String: String?]
    /// For a conflict: the record as the server has it now, so the UI can show both values.
    public var serverRecord: CRMRecord?
    /// Why it failed or conflicted.
    public var lastError: String?
    /// When it was last sent (claimed for sending), if ever.
    public var sentAt: Date? = nil
}
