import Foundation
import HubSpot
import SpokeTestSupport
import Testing

@testable import CRMCache

@Suite("Outbox replay against a real sandbox")
struct ReplayTests {
    typealias S = CacheTestSupport

    /// Caches the first contacts of the sandbox, as the list screen would.
    static func cacheContacts(_ cache: CRMCache, _ client: HubSpotClient) async throws -> [CRMRecord] {
        let page = try await client.listRecords(
            "0-1", ListQuery(limit: 3, properties: ["firstname", "lastname", "email"]))
        try cache.storeListPage(
            typeID: "0-1", queryKey: "default", pageIndex: 0, cursor: nil, records: page.results,
            nextCursor: page.paging?.next?.after)
        return page.results
    }

    @Test("Offline edits reach the server in order and the outbox empties")
    func replaySends() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                let contacts = try await Self.cacheContacts(cache, client)
                let (a, b) = (contacts[0].id, contacts[1].id)
                try cache.enqueue(.update(typeID: "0-1", id: a, properties: ["firstname": "First"], baseUpdatedAt: nil))
                try cache.enqueue(
                    .update(typeID: "0-1", id: a, properties: ["firstname": "Second"], baseUpdatedAt: nil))
                try cache.enqueue(.archive(typeID: "0-1", id: b))
                let report = await OutboxReplayer(cache: cache, client: client).replay()
                #expect(report.stop == .finished)
                #expect(report.sent == 3)
                #expect(try cache.pendingCount() == 0)
                let server = try await client.record("0-1", id: a, properties: ["firstname"])
                #expect(server[property: "firstname"] == "Second")
                let cached = try #require(try cache.record(typeID: "0-1", id: a))
                #expect(cached.record.updatedAt == server.updatedAt && !cached.hasPendingChanges)
                await #expect(throws: HubSpotError.self) { _ = try await client.record("0-1", id: b) }
            }
        }
    }

    @Test("A change to the same property on the server stops replay with a conflict, keeping both values")
    func conflictStops() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                let contacts = try await Self.cacheContacts(cache, client)
                let (a, b) = (contacts[0].id, contacts[1].id)
                let original = contacts[0][property: "firstname"]
                let seq = try cache.enqueue(
                    .update(
                        typeID: "0-1", id: a, properties: ["firstname": "Mine"],
                        baseUpdatedAt: nil))
                try cache.enqueue(.update(typeID: "0-1", id: b, properties: ["lastname": "Later"], baseUpdatedAt: nil))
                _ = try await client.updateRecord("0-1", id: a, properties: ["firstname": "Theirs"])

                let report = await OutboxReplayer(cache: cache, client: client).replay()
                #expect(report.stop == .conflict(seq: seq))
                #expect(report.sent == 0)
                let entries = try cache.pendingChanges()
                try #require(entries.count == 2)
                #expect(entries[0].state == .conflict)
                #expect(entries[0].serverRecord?[property: "firstname"] == "Theirs")
                #expect(entries[0].baseValues["firstname"] == .some(original))
                #expect(try cache.record(typeID: "0-1", id: a)?.record[property: "firstname"] == "Mine")
                let server = try await client.record("0-1", id: a, properties: ["firstname"])
                #expect(server[property: "firstname"] == "Theirs")  // never overwritten
                // A blocked outbox stays blocked until the user chooses.
                #expect(await OutboxReplayer(cache: cache, client: client).replay().stop == .blocked(seq: seq))

                try cache.resolveConflict(entry: seq, keepLocal: true)
                let resumed = await OutboxReplayer(cache: cache, client: client).replay()
                #expect(resumed.stop == .finished && resumed.sent == 2)
                #expect(
                    try await client.record("0-1", id: a, properties: ["firstname"])[property: "firstname"] == "Mine")
            }
        }
    }

    @Test("Choosing the server's value drops the local edit")
    func conflictKeepServer() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                let a = try await Self.cacheContacts(cache, client)[0].id
                let seq = try cache.enqueue(
                    .update(typeID: "0-1", id: a, properties: ["firstname": "Mine"], baseUpdatedAt: nil))
                _ = try await client.updateRecord("0-1", id: a, properties: ["firstname": "Theirs"])
                _ = await OutboxReplayer(cache: cache, client: client).replay()
                try cache.resolveConflict(entry: seq, keepLocal: false)
                #expect(try cache.pendingCount() == 0)
                #expect(try cache.record(typeID: "0-1", id: a)?.record[property: "firstname"] == "Theirs")
            }
        }
    }

    @Test("An edit to another property of a changed record is not a conflict")
    func unrelatedChangeIsNoConflict() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                let a = try await Self.cacheContacts(cache, client)[0].id
                try cache.enqueue(.update(typeID: "0-1", id: a, properties: ["firstname": "Mine"], baseUpdatedAt: nil))
                _ = try await client.updateRecord("0-1", id: a, properties: ["jobtitle": "Theirs"])
                #expect(await OutboxReplayer(cache: cache, client: client).replay().stop == .finished)
                let server = try await client.record("0-1", id: a, properties: ["firstname", "jobtitle"])
                #expect(server[property: "firstname"] == "Mine" && server[property: "jobtitle"] == "Theirs")
            }
        }
    }

    @Test("An offline create gets the server's id everywhere: record, list page, associations, later entries")
    func temporaryIDRewrite() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                _ = try await Self.cacheContacts(cache, client)
                let temporary = PendingChange.makeTemporaryID()
                let email = "offline-\(UUID().uuidString.prefix(6).lowercased())@spoke-tests.example"
                try cache.enqueue(
                    .create(
                        typeID: "0-1", temporaryID: temporary,
                        properties: ["email": email, "firstname": "Offline"], associations: []))
                try cache.storeListPage(
                    typeID: "0-1", queryKey: "mine", pageIndex: 0, cursor: nil,
                    records: [try #require(try cache.record(typeID: "0-1", id: temporary)).record],
                    nextCursor: nil)
                let deal = RecordReference(typeID: "0-3", id: "55")
                try cache.storeAssociations(
                    from: deal, toTypeID: "0-1",
                    [CachedAssociation(toID: temporary, typeID: 3, category: "HUBSPOT_DEFINED")])
                try cache.enqueue(
                    .update(typeID: "0-1", id: temporary, properties: ["lastname": "Made"], baseUpdatedAt: nil))

                let report = await OutboxReplayer(cache: cache, client: client).replay()
                #expect(report.stop == .finished && report.sent == 2)
                let real = try #require(report.assignedIDs[temporary])
                #expect(!real.hasPrefix("local-"))
                #expect(try cache.record(typeID: "0-1", id: temporary) == nil)
                let cached = try #require(try cache.record(typeID: "0-1", id: real))
                #expect(!cached.isLocalOnly && cached.record[property: "lastname"] == "Made")
                #expect(try cache.listPage(typeID: "0-1", queryKey: "mine", pageIndex: 0)?.records.map(\.id) == [real])
                #expect(try cache.associations(from: deal, toTypeID: "0-1")?.map(\.toID) == [real])
                #expect(try cache.searchLocal(typeID: "0-1", text: "offline").map(\.id) == [real])
                let server = try await client.record("0-1", id: real, properties: ["email", "lastname"])
                #expect(server[property: "email"] == email && server[property: "lastname"] == "Made")
            }
        }
    }

    @Test("A pin queued offline shows at once and reaches the server")
    func pinReplays() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                let contact = try await Self.cacheContacts(cache, client)[0].id
                let note = try await client.createRecord(
                    "0-46", properties: ["hs_note_body": "pinned", "hs_timestamp": "2026-01-15T10:00:00.000Z"],
                    associations: [AssociationInput(toId: contact, types: [AssociationSpec(.hubspotDefined, 202)])])
                try cache.enqueue(.pin(typeID: "0-1", id: contact, engagementID: note.id))
                #expect(
                    try cache.record(typeID: "0-1", id: contact)?.record[property: "hs_pinned_engagement_id"] == note.id
                )
                #expect(await OutboxReplayer(cache: cache, client: client).replay().stop == .finished)
                let server = try await client.record("0-1", id: contact, properties: ["hs_pinned_engagement_id"])
                #expect(server[property: "hs_pinned_engagement_id"] == note.id)
            }
        }
    }

    @Test("An unreachable server leaves every entry pending")
    func offlineStaysPending() async throws {
        try await S.withCache { cache, _ in
            try cache.store([S.contact("1", ["firstname": "Ada"])], typeID: "0-1")
            try cache.enqueue(.update(typeID: "0-1", id: "1", properties: ["firstname": "X"], baseUpdatedAt: nil))
            // Port 9 on loopback: nothing listens, the connection is refused at once.
            let client = HubSpotClient(baseURL: URL(string: "http://127.0.0.1:9")!, credentials: nil)
            let report = await OutboxReplayer(cache: cache, client: client).replay()
            guard case .offline = report.stop else {
                Issue.record("expected offline, got \(report.stop)")
                return
            }
            #expect(try cache.pendingChanges().map(\.state) == [.pending])
        }
    }
}
