import Foundation

/// What `spoke cache status` shows about one portal's cache.
public struct CacheStatus: Sendable, Hashable {
    /// The database file.
    public var fileURL: URL
    /// Bytes on disk: the file and its WAL.
    public var sizeBytes: Int64
    /// Cached records per object type id.
    public var recordsByType: [String: Int]
    /// Changes waiting to be sent (in any state).
    public var pendingChanges: Int
    /// Of those, how many need the user (conflict or failed).
    public var blockedChanges: Int
    /// The oldest fetch time of any cached record, page or document.
    public var oldestFetch: Date?
}
