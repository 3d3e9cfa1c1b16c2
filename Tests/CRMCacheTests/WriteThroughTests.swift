import Foundation
import GRDB
import HubSpot
import Testing

@testable import CRMCache

@Suite("Write-through and cache-first reads")
struct WriteThroughTests {
    typealias S = CacheTestSupport

    @Test("A list page's partial properties merge into what the record already had")
    func recordsMerge() async throws {
        try await S.withCache { cache, _ in
            try cache.store(
                [S.contact("1", ["firstname": "Ada", "jobtitle": "Engineer"])], typeID: "0-1",
                fetchedAt: S.date(10))
            try cache.store(
                [S.contact("1", ["firstname": "Ada L.", "email": "ada@example.com"], updatedAt: S.date(5))],
                typeID: "0-1", fetchedAt: S.date(20))
            let cached = try #require(try cache.record(typeID: "0-1", id: "1"))
            #expect(
                cached.record.properties == ["firstname": "Ada L.", "jobtitle": "Engineer", "email": "ada@example.com"])
            #expect(cached.record.updatedAt == S.date(5))
            #expect(cached.fetchedAt == S.date(20))
            #expect(!cached.hasPendingChanges)
            #expect(try cache.record(typeID: "0-1", id: "2") == nil)
            #expect(try cache.record(typeID: "0-2", id: "1") == nil)
        }
    }

    @Test("List pages come back in the server's order with their cursors")
    func listPages() async throws {
        try await S.withCache { cache, _ in
            let first = (1...5).reversed().map { S.contact("\($0)", ["firstname": "n\($0)"]) }
            try cache.storeListPage(
                typeID: "0-1", queryKey: "sort=-createdate", pageIndex: 0, cursor: nil,
                records: first, nextCursor: "5", fetchedAt: S.date(1))
            try cache.storeListPage(
                typeID: "0-1", queryKey: "sort=-createdate", pageIndex: 1, cursor: "5",
                records: [S.contact("9", [:])], nextCursor: nil, fetchedAt: S.date(2))
            let page = try #require(try cache.listPage(typeID: "0-1", queryKey: "sort=-createdate", pageIndex: 0))
            #expect(page.records.map(\.id) == ["5", "4", "3", "2", "1"])
            #expect(page.nextCursor == "5" && page.cursor == nil && page.isComplete)
            #expect(page.fetchedAt == S.date(1))
            let second = try #require(try cache.listPage(typeID: "0-1", queryKey: "sort=-createdate", pageIndex: 1))
            #expect(second.records.map(\.id) == ["9"] && second.cursor == "5" && second.nextCursor == nil)
            #expect(try cache.listPage(typeID: "0-1", queryKey: "other", pageIndex: 0) == nil)
            // A refetch replaces the page, not appends to it.
            try cache.storeListPage(
                typeID: "0-1", queryKey: "sort=-createdate", pageIndex: 0, cursor: nil,
                records: [S.contact("2", [:])], nextCursor: "2")
            #expect(
                try cache.listPage(typeID: "0-1", queryKey: "sort=-createdate", pageIndex: 0)?.records.map(\.id) == [
                    "2"
                ])
        }
    }

    @Test("Property definitions round-trip as documents")
    func documents() async throws {
        try await S.withCache { cache, _ in
            let definitions = [PropertyDefinitionSample.firstname]
            try cache.storeDocument(
                kind: CRMCache.DocumentKind.properties, key: "0-1", value: definitions,
                fetchedAt: S.date(3))
            let read = try #require(
                try cache.document(
                    kind: CRMCache.DocumentKind.properties, key: "0-1",
                    as: [PropertyDefinition].self))
            #expect(read.value == definitions)
            #expect(read.fetchedAt == S.date(3))
            #expect(
                try cache.document(
                    kind: CRMCache.DocumentKind.properties, key: "0-2",
                    as: [PropertyDefinition].self) == nil)
        }
    }

    @Test("Associations with labels are replaced per target type")
    func associations() async throws {
        try await S.withCache { cache, _ in
            let deal = RecordReference(typeID: "0-3", id: "77")
            #expect(try cache.associations(from: deal, toTypeID: "0-1") == nil)
            try cache.storeAssociations(
                from: deal, toTypeID: "0-1",
                [
                    CachedAssociation(toID: "1", typeID: 3, category: "HUBSPOT_DEFINED"),
                    CachedAssociation(toID: "2", typeID: 9, category: "USER_DEFINED", label: "Decision maker"),
                ])
            try cache.storeAssociations(
                from: deal, toTypeID: "0-2", [CachedAssociation(toID: "5", typeID: 5, category: "HUBSPOT_DEFINED")])
            let contacts = try #require(try cache.associations(from: deal, toTypeID: "0-1"))
            #expect(contacts.map(\.toID) == ["1", "2"])
            #expect(contacts[1].label == "Decision maker")
            try cache.storeAssociations(
                from: deal, toTypeID: "0-1", [CachedAssociation(toID: "3", typeID: 3, category: "HUBSPOT_DEFINED")])
            #expect(try cache.associations(from: deal, toTypeID: "0-1")?.map(\.toID) == ["3"])
            #expect(try cache.associations(from: deal, toTypeID: "0-2")?.map(\.toID) == ["5"])
        }
    }

    @Test("Local search finds records by a name prefix and by email, within the type")
    func localSearch() async throws {
        try await S.withCache { cache, _ in
            try cache.store(
                [
                    S.contact("1", ["firstname": "Ada", "lastname": "Lovelace", "email": "ada@analytical.example"]),
                    S.contact("2", ["firstname": "Grace", "lastname": "Hopper", "email": "grace@navy.example"]),
                    S.contact("3", ["firstname": "Adèle", "lastname": "Zed", "jobtitle": "lovelace fan"]),
                ], typeID: "0-1")
            try cache.store(
                [
                    CRMRecord(
                        id: "1", properties: ["name": "Lovelace Ltd"], createdAt: S.date(0),
                        updatedAt: S.date(0))
                ], typeID: "0-2")
            #expect(try cache.searchLocal(typeID: "0-1", text: "love").map(\.id) == ["1"])
            #expect(try cache.searchLocal(typeID: "0-1", text: "gra hop").map(\.id) == ["2"])
            #expect(try cache.searchLocal(typeID: "0-1", text: "grace@navy").map(\.id) == ["2"])
            #expect(Set(try cache.searchLocal(typeID: "0-1", text: "ad").map(\.id)) == ["1", "3"])
            #expect(try cache.searchLocal(typeID: "0-2", text: "lovel").map(\.id) == ["1"])
            #expect(try cache.searchLocal(typeID: "0-1", text: "\"*) OR").isEmpty)
            // A rename is searchable at once, and the old name no longer is.
            try cache.store([S.contact("2", ["firstname": "Amazing"])], typeID: "0-1")
            #expect(try cache.searchLocal(typeID: "0-1", text: "grace").isEmpty == false)  // email still matches
            #expect(try cache.searchLocal(typeID: "0-1", text: "amaz").map(\.id) == ["2"])
        }
    }

    @Test("Several pages stored in one transaction: every page, each record merged in order and found by its last name")
    func pagesInOneTransaction() async throws {
        try await S.withCache { cache, _ in
            let pages = [
                ListPageWrite(
                    queryKey: "q", pageIndex: 0, cursor: nil,
                    records: [
                        S.contact("1", ["firstname": "Ada", "jobtitle": "Engineer"]),
                        S.contact("2", ["firstname": "Bo"]),
                    ], nextCursor: "3"),
                ListPageWrite(
                    queryKey: "q", pageIndex: 1, cursor: "3", records: [S.contact("3", ["firstname": "Cy"])],
                    nextCursor: nil),
                // The same record again later in the batch, renamed: it merges into the first copy.
                ListPageWrite(
                    queryKey: "staged", pageIndex: 0, cursor: nil, records: [S.contact("1", ["firstname": "Augusta"])],
                    nextCursor: nil),
            ]
            try cache.storeListPages(
                pages, typeID: "0-1", alongWith: DocumentWrite(kind: "note", key: "0-1", value: ["pages": 3]),
                relaxedDurability: true)
            #expect(try cache.listPage(typeID: "0-1", queryKey: "q", pageIndex: 0)?.records.map(\.id) == ["1", "2"])
            #expect(try cache.listPage(typeID: "0-1", queryKey: "q", pageIndex: 1)?.nextCursor == nil)
            #expect(try cache.listPageIDs(typeID: "0-1", queryKey: "staged") == ["1"])
            #expect(
                try cache.record(typeID: "0-1", id: "1")?.record.properties == [
                    "firstname": "Augusta", "jobtitle": "Engineer",
                ])
            #expect(try cache.searchLocal(typeID: "0-1", text: "augusta").map(\.id) == ["1"])
            #expect(try cache.searchLocal(typeID: "0-1", text: "ada").isEmpty, "the first copy's name is gone")
            #expect(try cache.searchLocal(typeID: "0-1", text: "cy").map(\.id) == ["3"])
            #expect(try cache.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM records_search") } == 3)
            #expect(try cache.document(kind: "note", key: "0-1", as: [String: Int].self)?.value == ["pages": 3])
        }
    }
}
