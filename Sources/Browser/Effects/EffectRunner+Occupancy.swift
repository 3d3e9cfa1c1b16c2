import CRMCache
import Foundation
import HubSpot

// MARK: - Which types hold records: the sidebar dims the empty ones (decision 0043)
extension EffectRunner {
    /// How long a note is trusted before the probe reads its type again.
    static let occupancyLifetime: TimeInterval = 24 * 60 * 60

    /// What the cache remembers of `typeIDs`, posted at once; then, with `probe` (and a cache to remember the
    /// answers in), one `limit=1` list read of each type not read within ``occupancyLifetime``, as background work:
    /// after the reads a person waits for, within the pacer's background share, never offline.
    func learnTypeOccupancy(typeIDs: [String], probe: Bool) async -> Action {
        var known: [String: Bool] = [:]
        var stale: [String] = []
        for typeID in typeIDs {
            let note = occupancyNote(typeID)
            if let note { known[typeID] = note.value.hasRecords }
            if note.map({ Date().timeIntervalSince($0.fetchedAt) >= Self.occupancyLifetime }) ?? true {
                stale.append(typeID)
            }
        }
        guard probe, cache != nil else { return .typeOccupancyLearned(known) }
        if !known.isEmpty { inbox.post(.typeOccupancyLearned(known)) }
        for typeID in stale {
            await waitForReads()
            guard !connectivity.isOffline else { break }
            // Read again now: a list shown meanwhile, or another Spoke, may have said.
            if let note = occupancyNote(typeID), Date().timeIntervalSince(note.fetchedAt) < Self.occupancyLifetime {
                continue
            }
            do {
                let page = try await RequestPacer.$isBackground.withValue(true) {
                    try await client.listRecords(typeID, ListQuery(limit: 1))
                }
                inbox.post(noteOccupancy([typeID: !page.results.isEmpty || page.nextAfter != nil]))
            } catch {
                // A type this token may not read stays unknown (drawn as usual); a lost network ends the probe.
                if wentOffline(error) { break }
            }
        }
        return .typeOccupancyLearned([:])
    }

    /// Remembers whether each type holds records, and says so to the state.
    func noteOccupancy(_ notes: [String: Bool]) -> Action {
        cacheWrite("which types are empty") { cache in
            for (typeID, hasRecords) in notes {
                try cache.storeDocument(
                    kind: TypeOccupancyNote.documentKind, key: typeID, value: TypeOccupancyNote(hasRecords: hasRecords))
            }
        }
        return .typeOccupancyLearned(notes)
    }

    /// The cache's note on `typeID`, with when it was learned.
    private func occupancyNote(_ typeID: String) -> (value: TypeOccupancyNote, fetchedAt: Date)? {
        cacheRead("which types are empty") {
            try $0.document(kind: TypeOccupancyNote.documentKind, key: typeID, as: TypeOccupancyNote.self)
        }
    }

    /// Waits while a read a person waits for (a list, a record, the graph) is under way: the probe goes after them.
    private func waitForReads() async {
        while readsInFlight > 0 {
            try? await Task.sleep(for: .milliseconds(50))
        }
    }
}
