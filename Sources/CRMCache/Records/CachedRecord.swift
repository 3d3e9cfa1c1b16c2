import Foundation
import HubSpot

/// A record read from the cache, with how fresh it is and whether it carries unsent local changes.
public struct CachedRecord: Sendable, Hashable {
    /// The record, local changes applied.
    public var record: CRMRecord
    /// When the server last sent it.
    public var fetchedAt: Date
    /// Whether it was created offline and the server has not assigned its id yet.
    public var isLocalOnly: Bool
    /// Whether edits to it wait in the outbox.
    public var hasPendingChanges: Bool
}
