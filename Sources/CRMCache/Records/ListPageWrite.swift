import Foundation
import HubSpot

/// One page of a list to store: where it sits in the list, its records in order, and the cursors around it.
struct ListPageWrite: Sendable {
    /// The list it belongs to (see `CacheSyncer.queryKey`).
    var queryKey: String
    /// Its index in the list.
    var pageIndex: Int
    /// The `after` cursor that fetched it (`nil` for the first page, or for a page without one).
    var cursor: String?
    /// The records, in the server's order.
    var records: [CRMRecord]
    /// The cursor to the next page, `nil` on the last.
    var nextCursor: String?
}
