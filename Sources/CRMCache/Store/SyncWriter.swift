import Dispatch
import Foundation
import Synchronization

/// Stores a sync's pages on a queue of its own, so that neither stream ever waits for the disk to ask for
/// its next page, and no thread of the cooperative pool (which also wakes the requests and decodes their
/// answers) blocks in SQLite or fsync (decision 0044).
///
/// Pages are handed over in the order their checkpoints were made. Whatever has queued up while a
/// transaction ran is stored by the next one, with the checkpoint of the last page it holds: a group
/// commit, one transaction and one FTS flush for several pages when the disk lags, one a page when it
/// keeps up. Each commit holds its pages and the checkpoint that records exactly them, so what resume
/// reads is always what the cache holds. Past `backlogLimit` pages waiting, `enqueue` waits, so a disk far
/// slower than the network cannot fill memory.
final class SyncWriter: Sendable {
    /// One page and the checkpoint as it stands with that page stored.
    struct Job: Sendable {
        var page: ListPageWrite
        var checkpoint: CacheSyncer.Checkpoint
    }

    private struct Waiter {
        var limit: Int
        var continuation: CheckedContinuation<Void, Never>
    }

    private struct State {
        var jobs: [Job] = []
        /// Pages handed over and not yet committed (queued, or in the transaction running).
        var pending = 0
        var draining = false
        var failure: (any Error)?
        var waiters: [Waiter] = []
    }

    /// The most pages one transaction stores, so a lagging writer still commits (and reports) often.
    static let batchLimit = 20
    /// The pages that may wait before `enqueue` waits for the writer.
    static let backlogLimit = 200

    private let cache: CRMCache
    private let typeID: String
    private let committed: @Sendable (CacheSyncer.Checkpoint) -> Void
    private let queue = DispatchQueue(label: "spoke.sync-writer")
    private let state = Mutex(State())

    /// A writer for `typeID`'s pages into `cache`; `committed` is called on the writer's queue after each
    /// commit with the checkpoint it stored.
    init(cache: CRMCache, typeID: String, committed: @escaping @Sendable (CacheSyncer.Checkpoint) -> Void) {
        self.cache = cache
        self.typeID = typeID
        self.committed = committed
    }

    /// Hands over a page; returns at once, unless `backlogLimit` pages wait already. Call it in checkpoint
    /// order (under the lock that orders them). Throws the error an earlier commit failed with.
    func enqueue(_ job: Job) throws {
        let start = try state.withLock { state throws -> Bool in
            if let failure = state.failure { throw failure }
            state.jobs.append(job)
            state.pending += 1
            guard !state.draining else { return false }
            state.draining = true
            return true
        }
        if start { queue.async { self.drain() } }
    }

    /// Waits while more than `backlogLimit` pages wait to be stored.
    func waitForRoom() async {
        await wait(until: Self.backlogLimit)
    }

    /// Waits until every page handed over is committed, then throws the error a commit failed with, if any.
    func flush() async throws {
        await wait(until: 0)
        if let failure = state.withLock({ $0.failure }) { throw failure }
    }

    private func wait(until limit: Int) async {
        await withCheckedContinuation { continuation in
            let ready = state.withLock { state in
                guard state.pending > limit, state.failure == nil else { return true }
                state.waiters.append(Waiter(limit: limit, continuation: continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Commits what has queued up, batch after batch, until nothing is left.
    private func drain() {
        while true {
            let batch = state.withLock { state -> [Job] in
                let batch = Array(state.jobs.prefix(Self.batchLimit))
                state.jobs.removeFirst(batch.count)
                if batch.isEmpty { state.draining = false }
                return batch
            }
            guard let last = batch.last else { return }
            var failure: (any Error)?
            do {
                try cache.storeListPages(
                    batch.map(\.page), typeID: typeID,
                    alongWith: DocumentWrite(kind: CacheSyncer.checkpointKind, key: typeID, value: last.checkpoint),
                    relaxedDurability: true)
                committed(last.checkpoint)
            } catch {
                failure = error
            }
            let ready = state.withLock { state -> [CheckedContinuation<Void, Never>] in
                state.pending -= batch.count
                if let failure {
                    // Nothing after a failed commit is stored: its checkpoint would skip the pages lost.
                    state.failure = state.failure ?? failure
                    state.pending -= state.jobs.count
                    state.jobs.removeAll()
                }
                let (pending, failed) = (state.pending, state.failure != nil)
                var done: [CheckedContinuation<Void, Never>] = []
                state.waiters.removeAll { waiter in
                    guard pending <= waiter.limit || failed else { return false }
                    done.append(waiter.continuation)
                    return true
                }
                return done
            }
            for continuation in ready { continuation.resume() }
        }
    }
}
