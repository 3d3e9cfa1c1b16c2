import Foundation
import HubSpot
import Sandbox
import Testing

@Suite("GET /crm/v3/objects/{type}/{id}")
struct ReadRecordTests {
    @Test("reads by id and by idProperty=email give the same record")
    func byIDAndByEmail() async throws {
        try await SandboxHarness.with { sandbox in
            let contact = try #require(sandbox.server.portal.records(of: "contacts").dropFirst(3).first)
            let email = try #require(contact[property: "email"])
            let byID = try await sandbox.decode(CRMRecord.self, "/crm/v3/objects/contacts/\(contact.id)")
            #expect(byID.id == contact.id)
            #expect(byID[property: "email"] == email)
            let encodedEmail = try #require(email.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
            let byEmail = try await sandbox.decode(
                CRMRecord.self, "/crm/v3/objects/contacts/\(encodedEmail)?idProperty=email")
            #expect(byEmail == byID)
            let viaClient = try await sandbox.client().record(
                "contacts", id: email.uppercased(), properties: ["email", "jobtitle"], idProperty: "email")
            #expect(viaClient.id == contact.id)
            #expect(Set(viaClient.properties.keys).isSubset(of: ["email", "jobtitle"]))
        }
    }

    @Test("a missing record answers 404 with HubSpot's body")
    func missingRecord() async throws {
        try await SandboxHarness.with { sandbox in
            let body = try await sandbox.error("/crm/v3/objects/contacts/999999999", status: 404)
            #expect(body.status == "error")
            #expect(body.category == "OBJECT_NOT_FOUND")
            #expect(body.message?.isEmpty == false)
            #expect(body.correlationId != nil)
            let byEmail = try await sandbox.error(
                "/crm/v3/objects/contacts/nobody@example.com?idProperty=email",
                status: 404)
            #expect(byEmail.category == "OBJECT_NOT_FOUND")
        }
    }

    @Test("an unknown route answers 404 with the same body shape")
    func unknownRoute() async throws {
        try await SandboxHarness.with { sandbox in
            let body = try await sandbox.error("/crm/v9/nothing/here", status: 404)
            #expect(body.status == "error")
            #expect(body.category == "OBJECT_NOT_FOUND")
            #expect(body.correlationId != nil)
        }
    }

    @Test("HubSpotClient reads the sandbox through its own models")
    func clientRoundTrip() async throws {
        try await SandboxHarness.with { sandbox in
            let client = sandbox.client()
            let page = try await client.listRecords("companies", ListQuery(limit: 5, associations: ["contacts"]))
            #expect(page.results.count == 5)
            let company = try #require(page.results.first)
            let contacts = try #require(company.associations?["contacts"]?.results)
            #expect(contacts.contains { $0.type == "company_to_contact" })
            let read = try await client.record("0-2", id: company.id, properties: ["name", "industry"])
            #expect(read[property: "name"] != nil)
        }
    }

    @Test("archived records are hidden unless archived=true")
    func archivedRecords() async throws {
        let portal = Portal(seed: 3)
        let record = portal.insert(
            "tickets", properties: ["subject": "Old", "hs_pipeline": "0", "hs_pipeline_stage": "4"])
        #expect(portal.archive("tickets", id: record.id))
        try await SandboxHarness.with(portal: portal) { sandbox in
            _ = try await sandbox.error("/crm/v3/objects/tickets/\(record.id)", status: 404)
            let archived = try await sandbox.decode(
                CRMRecord.self, "/crm/v3/objects/tickets/\(record.id)?archived=true")
            #expect(archived.archived)
            #expect(archived.archivedAt != nil)
            let list = try await sandbox.decode(RecordPage.self, "/crm/v3/objects/tickets?archived=true")
            #expect(list.results.map(\.id) == [record.id])
        }
    }
}
