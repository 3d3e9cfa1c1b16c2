import Foundation
import HubSpot
import SpokeTestSupport
import Testing

@testable import CRMCache

@Suite("Outbox replay when the server refuses")
struct ReplayFailureTests {
    typealias S = CacheTestSupport

    @Test("An edit of a record deleted on the server fails and stops replay, keeping later entries")
    func editOfDeletedRecord() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                let contacts = try await ReplayTests.cacheContacts(cache, client)
                let seq = try cache.enqueue(
                    .update(
                        typeID: "0-1", id: contacts[0].id, properties: ["firstname": "X"],
                        baseUpdatedAt: nil))
                try cache.enqueue(
                    .update(
                        typeID: "0-1", id: contacts[1].id, properties: ["firstname": "Y"],
                        baseUpdatedAt: nil))
                try await client.archiveRecord("0-1", id: contacts[0].id)
                let report = await OutboxReplayer(cache: cache, client: client).replay()
                guard case .failed(let failed, _) = report.stop else {
                    Issue.record("expected a failure, got \(report.stop)")
                    return
                }
                #expect(failed == seq)
                #expect(try cache.pendingChanges().map(\.state) == [.failed, .pending])
                // Dropping it lets the rest go.
                try cache.resolveConflict(entry: seq, keepLocal: false)
                #expect(await OutboxReplayer(cache: cache, client: client).replay().stop == .finished)
                let second = try await client.record("0-1", id: contacts[1].id, properties: ["firstname"])
                #expect(second[property: "firstname"] == "Y")
            }
        }
    }

    @Test("A create the server rejects stays local, marked failed with HubSpot's message")
    func rejectedCreate() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                let temporary = PendingChange.makeTemporaryID()
                let seq = try cache.enqueue(
                    .create(
                        typeID: "0-1", temporaryID: temporary,
                        properties: ["no_such_property": "1"], associations: []))
                let report = await OutboxReplayer(cache: cache, client: client).replay()
                guard case .failed(let failed, let message) = report.stop else {
                    Issue.record("expected a failure, got \(report.stop)")
                    return
                }
                #expect(failed == seq && !message.isEmpty)
                #expect(try cache.pendingChanges().first?.lastError == message)
                #expect(try cache.record(typeID: "0-1", id: temporary)?.isLocalOnly == true)
            }
        }
    }
}
