import Foundation
import HubSpot
import Testing

@testable import CRMCache

@Suite("Outbox, clearing and eviction")
struct OutboxTests {
    typealias S = CacheTestSupport

    @Test("Queued changes keep their order and show in reads while pending, over later server data")
    func orderingAndLocalValues() async throws {
        try await S.withCache { cache, _ in
            try cache.store(
                [
                    S.contact("1", ["firstname": "Ada", "lastname": "L"], updatedAt: S.date(1)),
                    S.contact("2", ["firstname": "Bob"]),
                ], typeID: "0-1")
            let first = try cache.enqueue(
                .update(
                    typeID: "0-1", id: "1", properties: ["firstname": "Augusta"],
                    baseUpdatedAt: nil))
            let temporary = PendingChange.makeTemporaryID()
            let second = try cache.enqueue(
                .create(
                    typeID: "0-1", temporaryID: temporary,
                    properties: ["email": "new@example.com"], associations: []))
            let third = try cache.enqueue(.archive(typeID: "0-1", id: "2"))
            #expect(first < second && second < third)
            let entries = try cache.pendingChanges()
            try #require(entries.count == 3)
            #expect(entries.map(\.seq) == [first, second, third])
            #expect(entries[0].baseValues == ["firstname": "Ada"])
            #expect(
                entries[0].change
                    == .update(
                        typeID: "0-1", id: "1", properties: ["firstname": "Augusta"],
                        baseUpdatedAt: S.date(1)))
            #expect(entries.allSatisfy { $0.state == .pending })

            let edited = try #require(try cache.record(typeID: "0-1", id: "1"))
            #expect(edited.record[property: "firstname"] == "Augusta" && edited.hasPendingChanges)
            #expect(try cache.record(typeID: "0-1", id: temporary)?.isLocalOnly == true)
            #expect(try cache.record(typeID: "0-1", id: "2")?.record.archived == true)
            #expect(try cache.searchLocal(typeID: "0-1", text: "augus").map(\.id) == ["1"])

            // The server still says "Ada" until the edit is replayed: the local value wins, others merge.
            try cache.store(
                [S.contact("1", ["firstname": "Ada", "lastname": "Lovelace"], updatedAt: S.date(2))],
                typeID: "0-1")
            let merged = try #require(try cache.record(typeID: "0-1", id: "1")).record
            #expect(merged[property: "firstname"] == "Augusta" && merged[property: "lastname"] == "Lovelace")
            try cache.store([S.contact("2", ["firstname": "Bob"])], typeID: "0-1")
            #expect(try cache.record(typeID: "0-1", id: "2")?.record.archived == true)
        }
    }

    @Test("Clear refuses while changes wait, unless forced")
    func clearRefusesWithPending() async throws {
        try await S.withCache { cache, _ in
            try cache.store([S.contact("1", ["firstname": "Ada"])], typeID: "0-1")
            try cache.enqueue(.update(typeID: "0-1", id: "1", properties: ["firstname": "X"], baseUpdatedAt: nil))
            #expect(throws: CacheError.outboxNotEmpty(pending: 1)) { try cache.clear() }
            #expect(try cache.record(typeID: "0-1", id: "1") != nil)
            try cache.clear(force: true)
            #expect(try cache.record(typeID: "0-1", id: "1") == nil)
            #expect(try cache.pendingCount() == 0)
            #expect(try cache.status().recordsByType.isEmpty)
        }
    }

    @Test("Status counts records per type, the outbox and the oldest fetch")
    func status() async throws {
        try await S.withCache { cache, _ in
            try cache.store([S.contact("1", [:]), S.contact("2", [:])], typeID: "0-1", fetchedAt: S.date(50))
            try cache.store([S.contact("9", [:])], typeID: "0-2", fetchedAt: S.date(40))
            try cache.storeDocument(kind: "owners", key: "all", value: ["x"], fetchedAt: S.date(30))
            try cache.enqueue(.archive(typeID: "0-2", id: "9"))
            let status = try cache.status()
            #expect(status.recordsByType == ["0-1": 2, "0-2": 1])
            #expect(status.pendingChanges == 1 && status.blockedChanges == 0)
            #expect(status.oldestFetch == S.date(30))
            #expect(status.sizeBytes > 0)
        }
    }

    @Test("Storing pages past the size cap evicts on its own, keeping the newest page whole")
    func capKeptOnStore() async throws {
        try await S.withCache(sizeCap: 400_000) { cache, _ in
            let filler = String(repeating: "y", count: 1_500)
            for page in 0..<20 {
                let records = (0..<50).map { S.contact("\(page * 50 + $0)", ["firstname": "\(filler)\($0)"]) }
                try cache.storeListPage(
                    typeID: "0-1", queryKey: "all", pageIndex: page, cursor: "\(page)",
                    records: records, nextCursor: "\(page + 1)", fetchedAt: S.date(Double(page)))
            }
            #expect(cache.sizeOnDisk() <= 400_000 + 200_000)  // one page of slack between trims
            #expect(try cache.listPage(typeID: "0-1", queryKey: "all", pageIndex: 19)?.isComplete == true)
            #expect(try cache.listPage(typeID: "0-1", queryKey: "all", pageIndex: 0) == nil)
            #expect(try cache.status().recordsByType["0-1", default: 0] < 1_000)
        }
    }

    @Test("Eviction drops the least recently viewed records, never one the outbox needs, and shrinks the file")
    func evictionSparesOutbox() async throws {
        try await S.withCache { cache, _ in
            let filler = String(repeating: "x", count: 2_000)
            let records = (1...1_000).map { S.contact("\($0)", ["firstname": "n\($0)", "notes": "\(filler)\($0)"]) }
            try cache.storeListPage(
                typeID: "0-1", queryKey: "all", pageIndex: 0, cursor: nil,
                records: Array(records.prefix(100)), nextCursor: "100", fetchedAt: S.date(0))
            try cache.store(Array(records.dropFirst(100)), typeID: "0-1", fetchedAt: S.date(1))
            try cache.enqueue(.update(typeID: "0-1", id: "1", properties: ["firstname": "kept"], baseUpdatedAt: nil))
            try cache.markViewed(typeID: "0-1", id: "2", now: S.date(1_000))  // viewed last: spared
            let before = try cache.liveBytes()
            #expect(before > 2_000_000)

            let evicted = try cache.evict(toFit: 500_000)
            #expect(evicted > 0)
            #expect(try cache.liveBytes() <= 500_000)
            #expect(cache.sizeOnDisk() < before)
            #expect(try cache.record(typeID: "0-1", id: "1")?.record[property: "firstname"] == "kept")
            #expect(try cache.record(typeID: "0-1", id: "2") != nil)
            #expect(try cache.record(typeID: "0-1", id: "3") == nil)  // oldest, never viewed
            // The page lost records, so the whole page went rather than show a list with holes.
            #expect(try cache.listPage(typeID: "0-1", queryKey: "all", pageIndex: 0) == nil)
            #expect(try cache.integrityCheck() == "ok")
        }
    }
}
