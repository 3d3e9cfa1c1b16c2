import Foundation
import GRDB

// MARK: - Replay claims and cross-process locks: one sender per cache file (decision 0033)
extension CRMCache {
    /// Takes the replay lock for `owner`; see `acquireLock`.
    func acquireReplayLock(owner: String, pid: Int32, lease: TimeInterval, now: Date = Date()) throws -> Bool {
        try acquireLock(Self.replayLock, owner: owner, pid: pid, lease: lease, now: now)
    }

    /// Takes the lock `name` for `owner` unless another holder's lease still runs and its process lives;
    /// returns whether the lock is `owner`'s now. Every write transaction is IMMEDIATE, so two processes
    /// that try at once are serialised by SQLite and only one sees the lock free.
    public func acquireLock(_ name: String, owner: String, pid: Int32, lease: TimeInterval, now: Date = Date()) throws
        -> Bool
    {
        try pool.write { db in
            if let holder = try Row.fetchOne(
                db, sql: "SELECT owner, pid, expires_at FROM locks WHERE name = ?", arguments: [name])
            {
                let holderOwner: String = holder["owner"]
                let holderPID: Int32 = holder["pid"]
                let expiresAt: Double = holder["expires_at"]
                // A SIGKILLed holder leaves its row behind: a dead pid frees the lock before its lease ends.
                if holderOwner != owner, expiresAt > now.timeIntervalSince1970, Self.processIsAlive(holderPID) {
                    return false
                }
            }
            try db.execute(
                sql: """
                    INSERT INTO locks (name, owner, pid, expires_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, pid = excluded.pid,
                        expires_at = excluded.expires_at
                    """, arguments: [name, owner, pid, now.timeIntervalSince1970 + lease])
            return true
        }
    }

    /// Gives the replay lock up, if `owner` still holds it.
    func releaseReplayLock(owner: String) throws {
        try releaseLock(Self.replayLock, owner: owner)
    }

    /// Gives the lock `name` up, if `owner` still holds it.
    public func releaseLock(_ name: String, owner: String) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM locks WHERE name = ? AND owner = ?", arguments: [name, owner])
        }
    }

    /// The lock whose holder alone sends the outbox.
    static let replayLock = "replay"

    /// Marks `entry` as being sent (state `sending`, `sent_at` now) in one transaction with a check that
    /// `owner` still holds the lock, whose lease it renews. Once this returns the entry is never sent
    /// blindly again: if nothing records its outcome, the next replay treats it as of unknown fate.
    func claim(_ entry: OutboxEntry, owner: String, lease: TimeInterval, now: Date = Date()) throws {
        try pool.write { db in
            let held =
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS(SELECT 1 FROM locks WHERE name = ? AND owner = ?)",
                    arguments: [Self.replayLock, owner]) ?? false
            guard held else { throw CacheError.replayLockLost }
            try db.execute(
                sql: "UPDATE locks SET expires_at = ? WHERE name = ?",
                arguments: [now.timeIntervalSince1970 + lease, Self.replayLock])
            try db.execute(
                sql: "UPDATE outbox SET state = 'sending', sent_at = ? WHERE seq = ? AND state = 'pending'",
                arguments: [now.timeIntervalSince1970, entry.seq])
            guard db.changesCount == 1 else { throw CacheError.noSuchEntry(entry.seq) }
        }
    }

    /// Returns a claimed entry to `pending`: a change that is safe to send again (not a create), or a
    /// create the server was shown not to have.
    func unclaim(_ entry: OutboxEntry) throws {
        try pool.write { db in
            try db.execute(
                sql: "UPDATE outbox SET state = 'pending' WHERE seq = ? AND state = 'sending'", arguments: [entry.seq])
        }
    }

    /// Whether a process with this id exists (EPERM: it does, but is someone else's).
    static func processIsAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
