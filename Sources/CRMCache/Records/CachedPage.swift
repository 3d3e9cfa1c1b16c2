import Foundation
import HubSpot

/// One cached page of a list: its records in the server's order and the cursor to the next page.
public struct CachedPage: Sendable, Hashable {
    /// The records, in order; a record evicted since is missing, so callers should refetch when `isComplete` is false.
    public var records: [CRMRecord]
    /// The `after` cursor that fetched this page (`nil` for the first).
    public var cursor: String?
    /// The cursor to the next page, `nil` on the last.
    public var nextCursor: String?
    /// When the page was fetched.
    public var fetchedAt: Date
    /// Whether every id of the page still has its record in the cache.
    public var isComplete: Bool
}
