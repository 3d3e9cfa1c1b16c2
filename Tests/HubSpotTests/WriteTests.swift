import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Creating, updating and archiving single records")
struct WriteTests {
    @Test(
        "create returns the stored record with server-set properties, and GET finds it",
        arguments: APIVersion.clientSuite)
    func create(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let email = WriteTestSupport.email("create")
            let created = try await client.createRecord(
                "contacts",
                properties: [
                    "email": email.uppercased(),
                    "firstname": "Ada",
                ])
            #expect(created[property: "email"] == email, "emails are stored lowercased")
            #expect(created[property: "hs_object_id"] == created.id)
            #expect(created[property: "createdate"] != nil)
            #expect(created[property: "lastmodifieddate"] != nil)
            #expect(created.archived == false)
            let read = try await client.record("contacts", id: created.id, properties: ["firstname"])
            #expect(read[property: "firstname"] == "Ada")
        }
    }

    @Test("create with associations links both directions, ids sent as strings", arguments: APIVersion.clientSuite)
    func createWithAssociations(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let company = try await client.listRecords("companies", ListQuery(limit: 1)).results[0]
            let contact = try await client.createRecord(
                "contacts", properties: ["email": WriteTestSupport.email("assoc")],
                associations: [AssociationInput(toId: company.id, types: [AssociationSpec(.hubspotDefined, 279)])])
            let fromContact = try await client.record("contacts", id: contact.id, associations: ["companies"])
            #expect(fromContact.associations?["companies"]?.results.map(\.id) == [company.id])
            let fromCompany = try await client.record("companies", id: company.id, associations: ["contacts"])
            #expect(fromCompany.associations?["contacts"]?.results.contains { $0.id == contact.id } == true)
        }
    }

    @Test("an unknown association type or a missing target is a 400", arguments: APIVersion.clientSuite)
    func badAssociations(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let company = try await client.listRecords("companies", ListQuery(limit: 1)).results[0]
            for association in [
                AssociationInput(toId: company.id, types: [AssociationSpec(.hubspotDefined, 99999)]),
                AssociationInput(toId: "987654321", types: [AssociationSpec(.hubspotDefined, 279)]),
            ] {
                let error = await #expect(throws: HubSpotError.self) {
                    _ = try await client.createRecord(
                        "contacts", properties: ["firstname": "X"],
                        associations: [association])
                }
                #expect(error?.status == 400)
            }
        }
    }

    @Test(
        "PATCH changes a value, \"\" clears it, and hs_lastmodifieddate moves forward",
        arguments: APIVersion.clientSuite)
    func updateAndClear(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let deal = try await client.listRecords("deals", ListQuery(limit: 1)).results[0]
            let before = try await client.record(
                "deals", id: deal.id, properties: ["hs_lastmodifieddate", "description"])
            let updated = try await client.updateRecord(
                "deals", id: deal.id,
                properties: ["description": "first", "amount": "1234.5"])
            #expect(updated[property: "description"] == "first")
            #expect(updated[property: "amount"] == "1234.5")
            let firstStamp = try #require(updated[property: "hs_lastmodifieddate"].flatMap(HubSpotTimestamp.parse))
            let oldStamp = try #require(before[property: "hs_lastmodifieddate"].flatMap(HubSpotTimestamp.parse))
            #expect(firstStamp > oldStamp)
            #expect(updated.updatedAt > before.updatedAt)
            let cleared = try await client.updateRecord("deals", id: deal.id, properties: ["description": ""])
            #expect(cleared.properties["description"] == nil)
            let secondStamp = try #require(cleared[property: "hs_lastmodifieddate"].flatMap(HubSpotTimestamp.parse))
            #expect(secondStamp > firstStamp)
            let read = try await client.record("deals", id: deal.id, properties: ["description", "amount"])
            #expect(read.properties["description"] == nil)
            #expect(read[property: "amount"] == "1234.5")
        }
    }

    @Test("PATCH by idProperty=email finds the contact", arguments: APIVersion.clientSuite)
    func updateByEmail(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let email = WriteTestSupport.email("byemail")
            let created = try await client.createRecord("contacts", properties: ["email": email])
            let updated = try await client.updateRecord(
                "contacts", id: email.uppercased(),
                properties: ["jobtitle": "CTO"], idProperty: "email")
            #expect(updated.id == created.id)
            #expect(updated[property: "jobtitle"] == "CTO")
        }
    }

    @Test("PATCH of a missing record is a 404", arguments: APIVersion.clientSuite)
    func updateMissing(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord("contacts", id: "999999999", properties: ["firstname": "X"])
            }
            #expect(error?.status == 404)
        }
    }

    @Test(
        "an archived record is 404 without archived=true, 200 with it, and leaves the list",
        arguments: APIVersion.clientSuite)
    func archive(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let created = try await client.createRecord(
                "tickets",
                properties: [
                    "subject": "Printer on fire", "hs_pipeline": "0", "hs_pipeline_stage": "1",
                ])
            try await client.archiveRecord("tickets", id: created.id)
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.record("tickets", id: created.id)
            }
            #expect(error?.status == 404)
            let archived = try await client.record("tickets", id: created.id, archived: true)
            #expect(archived.archived == true)
            #expect(archived.archivedAt != nil)
            var ids: [String] = []
            var after: String?
            repeat {
                let page = try await client.listRecords("tickets", ListQuery(limit: 100, after: after))
                ids += page.results.map(\.id)
                after = page.paging?.next?.after
            } while after != nil
            #expect(!ids.contains(created.id))
            let again = await #expect(throws: HubSpotError.self) {
                try await client.archiveRecord("tickets", id: created.id)
            }
            #expect(again?.status == 404)
        }
    }

    @Test("propertiesWithHistory shows the old and the new value, newest first", arguments: APIVersion.clientSuite)
    func history(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let contact = try await client.listRecords("contacts", ListQuery(limit: 1, properties: ["jobtitle"]))
                .results[0]
            let old = contact[property: "jobtitle"]
            _ = try await client.updateRecord("contacts", id: contact.id, properties: ["jobtitle": "Chief Tester"])
            let read = try await client.record("contacts", id: contact.id, propertiesWithHistory: ["jobtitle"])
            let entries = try #require(read.propertiesWithHistory?["jobtitle"])
            #expect(entries.first?.value == "Chief Tester")
            #expect(entries.first?.sourceType == "API")
            if let old {
                #expect(entries.dropFirst().first?.value == old)
                #expect(entries.dropFirst().first?.sourceType != "API")
            }
            #expect(entries.map(\.timestamp) == entries.map(\.timestamp).sorted(by: >))
            let page = try await client.listRecords(
                "contacts", ListQuery(limit: 1, propertiesWithHistory: ["jobtitle"]))
            #expect(page.results[0].propertiesWithHistory?["jobtitle"]?.first?.value == "Chief Tester")
        }
    }
}
