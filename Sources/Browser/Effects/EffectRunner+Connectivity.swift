import CRMCache
import Foundation
import HubSpot
import Synchronization

// MARK: - Connectivity: going offline on a transport failure, probing, replaying the outbox
extension EffectRunner {
    /// Turns the session offline on a transport failure (the server could not be reached at all).
    func wentOffline(_ error: any Error) -> Bool {
        guard case .transport(let detail)? = error as? HubSpotError else { return false }
        if connectivity.lost() {
            inbox.post(.connectivityChanged(online: false, reason: detail))
        }
        startProbe()
        return true
    }

    /// Probes the server with backoff (1 s doubling to 30 s) until it answers, then goes back online
    /// and replays the outbox.
    func startProbe() {
        guard !connectivity.isForced else { return }
        let alreadyProbing = probing.withLock { value in
            defer { value = true }
            return value
        }
        guard !alreadyProbing else { return }
        Task.detached { [self] in
            var delay = 1.0
            while connectivity.isOffline {
                try? await Task.sleep(for: .seconds(delay))
                delay = min(delay * 2, 30)
                if (try? await client.listRecords("0-1", ListQuery(limit: 1, properties: []))) != nil {
                    if connectivity.restored() { inbox.post(.connectivityChanged(online: true, reason: nil)) }
                }
            }
            probing.withLock { $0 = false }
            await replayOutbox()
        }
    }

    /// Sends what the outbox holds, in order, and reports the count left and why replay stopped.
    public func replayOutbox() async {
        guard let cache, !connectivity.isOffline, ((try? cache.pendingCount()) ?? 0) > 0 else { return }
        let report = await OutboxReplayer(cache: cache, client: client).replay()
        let pending = (try? cache.pendingCount()) ?? 0
        inbox.post(.outboxChanged(pending: pending, message: Self.describe(report)))
        switch report.stop {
        case .conflict(let seq), .blocked(let seq), .unresolved(let seq, _):
            // The entries that wait for the person are put to them: a conflict, a create of unknown fate.
            if let entry = (try? cache.pendingChanges())?.first(where: { $0.seq == seq }),
                entry.state == .conflict || entry.state == .unknown
            {
                inbox.post(.outboxConflict(entry))
            }
        default: break
        }
        if case .offline(let reason) = report.stop, connectivity.lost() {
            inbox.post(.connectivityChanged(online: false, reason: reason))
            startProbe()
        }
    }

    /// The person says the outbox create `seq`, of unknown fate, became record `id`: read it, adopt it, and
    /// send what waits behind it. A wrong id leaves the entry waiting, and it is asked again.
    func adoptOutboxCreate(seq: Int64, id: String) async -> Action {
        guard let cache else { return .notify(StatusMessage("no cache: nothing to settle", kind: .error)) }
        let message: StatusMessage
        do {
            let record = try await OutboxReplayer(cache: cache, client: client).adoptUnknownCreate(seq: seq, id: id)
            message = StatusMessage("the create #\(seq) is record \(record.id) on HubSpot; it now carries that id")
        } catch {
            if let entry = (try? cache.pendingChanges())?.first(where: { $0.seq == seq }), entry.state == .unknown {
                inbox.post(.outboxConflict(entry))
            }
            return .outboxChanged(
                pending: (try? cache.pendingCount()) ?? 0,
                message: StatusMessage("record \(id) could not be adopted: \(Self.describe(error))", kind: .error))
        }
        await replayOutbox()
        return .outboxChanged(pending: (try? cache.pendingCount()) ?? 0, message: message)
    }
}
