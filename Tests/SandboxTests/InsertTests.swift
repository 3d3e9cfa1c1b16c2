import Foundation
import HubSpot
import Sandbox
import Testing

@Suite("Portal.insert")
struct InsertTests {
    @Test("a hostile name round-trips exactly through the JSON API")
    func hostileNameRoundTrips() async throws {
        let portal = Portal(seed: 42)
        let hostile = "Evil \u{1b}[2J\u{07} Corp"
        let inserted = portal.insert("companies", properties: ["name": hostile, "domain": "evil.example"])
        #expect(inserted[property: "name"] == hostile)
        #expect(inserted[property: "hs_object_id"] == inserted.id)
        #expect(inserted[property: "createdate"] != nil && inserted[property: "hs_lastmodifieddate"] != nil)
        try await SandboxHarness.with(portal: portal) { sandbox in
            let read = try await sandbox.decode(
                CRMRecord.self, "/crm/v3/objects/companies/\(inserted.id)?properties=name")
            #expect(read[property: "name"] == hostile)
            let raw = try await sandbox.get("/crm/v3/objects/companies/\(inserted.id)?properties=name")
            // Control characters travel escaped, never raw, in the body.
            #expect(!raw.body.contains(0x1b) && !raw.body.contains(0x07))
        }
    }

    @Test("inserted records get the next id, system dates, and associations both ways")
    func insertWithAssociations() throws {
        let fixed = try #require(HubSpotTimestamp.parse("2026-07-01T12:00:00.000Z"))
        let portal = Portal(seed: 42, scale: 0.1, clock: { fixed })
        let company = try #require(portal.records(of: "companies").last)
        let before = portal.count(of: "contacts")
        let contact = portal.insert(
            "contacts", properties: ["email": "new@example.com", "firstname": "Nova"],
            associations: [(toType: "companies", toId: company.id)])
        #expect(portal.count(of: "contacts") == before + 1)
        #expect(contact.createdAt == fixed && contact.updatedAt == fixed)
        #expect(contact[property: "createdate"] == "2026-07-01T12:00:00.000Z")
        #expect(contact[property: "lastmodifieddate"] == "2026-07-01T12:00:00.000Z")
        let lastID = try #require(portal.records(of: "contacts").dropLast().last.flatMap { UInt64($0.id) })
        #expect(UInt64(contact.id) == lastID + 1)
        let forward = portal.associations(of: RecordKey(typeID: "0-1", id: contact.id), toType: "companies")
        #expect(forward.map(\.typeID) == [279])
        let backward = portal.associations(of: RecordKey(typeID: "0-2", id: company.id), toType: "contacts")
        #expect(backward.contains { $0.to.id == contact.id && $0.typeID == 280 })
    }

    @Test("demo associations are stored in both directions with HubSpot's type ids")
    func demoAssociationsBothWays() throws {
        let portal = Portal(seed: 42)
        let deal = try #require(portal.records(of: "deals").first)
        let dealKey = RecordKey(typeID: "0-3", id: deal.id)
        let toCompany = portal.associations(of: dealKey, toType: "companies").map(\.typeID)
        #expect(Set(toCompany) == [5, 341])
        for edge in portal.associations(of: dealKey) {
            let back = portal.associations(of: edge.to, toType: "deals")
            #expect(back.contains { $0.to == dealKey }, "no way back from \(edge.to)")
        }
        let call = try #require(portal.records(of: "calls").first)
        let callEdges = portal.associations(of: RecordKey(typeID: "0-48", id: call.id), toType: "contacts")
        #expect(callEdges.map(\.typeID) == [194])
    }
}
