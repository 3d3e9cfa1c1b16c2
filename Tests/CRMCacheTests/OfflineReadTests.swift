import Foundation
import HubSpot
import SpokeTestSupport
import Testing

@testable import CRMCache

/// What each screen needs, read back with the server gone.
@Suite("Offline reads after a sync")
struct OfflineReadTests {
    typealias S = CacheTestSupport

    @Test("After a sync, the sidebar's lists, the detail and its definitions read without a server")
    func offlineAfterSync() async throws {
        try await S.withCache { cache, directory in
            let (contact, company) = try await withSandboxClient { client, _ in
                let syncer = CacheSyncer(cache: cache, client: client)
                #expect(try await syncer.refresh(typeID: "0-1", maxPages: 2) == 200)
                #expect(try await syncer.refresh(typeID: "0-2", maxPages: 1) > 0)
                let contact = try await client.listRecords("0-1", ListQuery(limit: 1)).results[0]
                let company = try await client.listRecords("0-2", ListQuery(limit: 1)).results[0]
                let detail = try await client.record(
                    "0-1", id: contact.id, properties: ["firstname", "jobtitle", "city"])
                try cache.store([detail], typeID: "0-1")
                try cache.storeAssociations(
                    from: RecordReference(typeID: "0-1", id: contact.id), toTypeID: "0-2",
                    [
                        CachedAssociation(
                            toID: company.id, typeID: 1, category: "HUBSPOT_DEFINED",
                            label: "Primary")
                    ])
                return (contact, company)
            }
            // The sandbox is stopped: reopen the file as a new run of the app would.
            let offline = try CRMCache(directory: directory, portalKey: "portal-1")
            let key = CacheSyncer.queryKey(for: CacheSyncer.defaultQuery(typeID: "0-1"))
            let first = try #require(try offline.listPage(typeID: "0-1", queryKey: key, pageIndex: 0))
            let second = try #require(try offline.listPage(typeID: "0-1", queryKey: key, pageIndex: 1))
            #expect(first.records.count == 100 && second.records.count == 100 && first.isComplete)
            #expect(first.nextCursor == second.cursor && first.nextCursor != nil)
            #expect(Set(first.records.map(\.id)).isDisjoint(with: second.records.map(\.id)))
            #expect(first.records[0].id == contact.id)
            let companyKey = CacheSyncer.queryKey(for: CacheSyncer.defaultQuery(typeID: "0-2"))
            #expect(
                try offline.listPage(typeID: "0-2", queryKey: companyKey, pageIndex: 0)?.records.first?.id == company.id
            )
            let detail = try #require(try offline.record(typeID: "0-1", id: contact.id)).record
            #expect(detail.properties.keys.contains("jobtitle") && detail.properties.keys.contains("email"))
            let definitions = try #require(
                try offline.document(
                    kind: CRMCache.DocumentKind.properties, key: "0-1",
                    as: [PropertyDefinition].self)
            ).value
            #expect(definitions.contains { $0.name == "firstname" })
            #expect(
                try offline.associations(from: RecordReference(typeID: "0-1", id: contact.id), toTypeID: "0-2")?
                    .first?.label == "Primary")
            #expect(try offline.status().recordsByType["0-1"] == 200)
        }
    }

    @Test("Archiving a record the server already removed counts as done")
    func archiveOfMissingRecord() async throws {
        try await S.withCache { cache, _ in
            try await withSandboxClient { client, _ in
                let id = try await client.listRecords("0-1", ListQuery(limit: 1)).results[0].id
                try await client.archiveRecord("0-1", id: id)
                try cache.enqueue(.archive(typeID: "0-1", id: id))
                let report = await OutboxReplayer(cache: cache, client: client).replay()
                #expect(report.stop == .finished && report.sent == 1)
                #expect(try cache.pendingCount() == 0)
            }
        }
    }
}
