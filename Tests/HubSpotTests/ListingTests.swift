import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Listing records against the sandbox")
struct ListingTests {
    @Test("paging contacts with after returns every record exactly once", arguments: APIVersion.clientSuite)
    func pagingReturnsEveryRecordOnce(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, server in
            var seen: [String] = []
            var after: String?
            var pages = 0
            repeat {
                let page = try await client.listRecords("contacts", ListQuery(limit: 100, after: after))
                #expect(page.results.count <= 100)
                seen += page.results.map(\.id)
                after = page.nextAfter
                pages += 1
            } while after != nil && pages < 100
            let expected = server.portal.count(of: "contacts")
            #expect(expected >= 250)
            #expect(seen.count == expected)
            #expect(Set(seen).count == seen.count, "a record came twice")
            #expect(pages == (expected + 99) / 100)
        }
    }

    @Test(
        "small pages of companies by type id cover the same records as one big page by name",
        arguments: APIVersion.clientSuite)
    func typeIdAndNameAgree(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            var small: [String] = []
            var after: String?
            repeat {
                let page = try await client.listRecords("0-2", ListQuery(limit: 7, after: after))
                small += page.results.map(\.id)
                after = page.nextAfter
            } while after != nil
            let big = try await client.listRecords("companies", ListQuery(limit: 100))
            #expect(small == big.results.map(\.id))
        }
    }

    @Test("requested properties come back; others do not", arguments: APIVersion.clientSuite)
    func requestedProperties(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let page = try await client.listRecords(
                "deals", ListQuery(limit: 5, properties: ["dealname", "amount", "dealstage"]))
            #expect(page.results.count == 5)
            for deal in page.results {
                #expect(deal[property: "dealname"]?.isEmpty == false)
                #expect(deal.properties["email"] == nil)
                #expect(Set(deal.properties.keys).isSubset(of: ["dealname", "amount", "dealstage", "hs_object_id"]))
            }
        }
    }

    @Test("a record is fetched by id with the properties asked for", arguments: APIVersion.clientSuite)
    func getById(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let first = try await client.listRecords("contacts", ListQuery(limit: 1)).results[0]
            let record = try await client.record("0-1", id: first.id, properties: ["email", "firstname", "lastname"])
            #expect(record.id == first.id)
            #expect(record[property: "email"] == first[property: "email"])
            #expect(record.createdAt <= record.updatedAt)
            #expect(record.archived == false)
        }
    }
}
