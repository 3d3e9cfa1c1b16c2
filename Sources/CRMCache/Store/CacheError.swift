/// What the cache can fail with, beyond SQLite's own errors.
public enum CacheError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The cache folder or file could not be created or restricted.
    case fileSystem(String)
    /// `clear` without `force` while edits wait to be sent.
    case outboxNotEmpty(pending: Int)
    /// An outbox entry that no longer exists or is not in the expected state.
    case noSuchEntry(Int64)
    /// A stored value could not be decoded.
    case corrupt(String)
    /// Another process took the outbox's replay lock (this one's lease ran out).
    case replayLockLost

    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case .fileSystem(let detail): "cache: \(detail)"
        case .outboxNotEmpty(let pending):
            "\(pending) unsent change\(pending == 1 ? "" : "s") in the outbox (see spoke cache outbox); pass --force to discard them"
        case .noSuchEntry(let seq): "no outbox entry #\(seq)"
        case .corrupt(let detail): "cache: unreadable value: \(detail)"
        case .replayLockLost: "another Spoke took over sending the outbox"
        }
    }
}
