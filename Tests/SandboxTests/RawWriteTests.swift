import Foundation
import HubSpot
import Sandbox
import Testing

@Suite("Write bodies as HubSpot's docs send them (raw JSON)")
struct RawWriteTests {
    private func post(_ harness: SandboxHarness, _ path: String, _ json: String) async throws -> HTTPResponse {
        let url = try #require(URL(string: harness.server.baseURL.absoluteString + path))
        return try await harness.transport.send(
            HTTPRequest(
                method: .post, url: url, headers: ["Content-Type": "application/json"], body: Data(json.utf8)))
    }

    @Test("ids and the pin may be JSON numbers, as in HubSpot's own create-and-pin example")
    func numericIDs() async throws {
        try await SandboxHarness.with { harness in
            let notes = try await harness.decode(RecordPage.self, "/crm/v3/objects/notes?limit=1")
            let noteID = try #require(notes.results.first?.id)
            let response = try await post(
                harness, "/crm/v3/objects/0-3",
                """
                {"properties": {"dealname": "New Deal", "pipeline": "default", "dealstage": "appointmentscheduled",
                                "hs_pinned_engagement_id": \(noteID), "amount": 1500.5},
                 "associations": [{"to": {"id": \(noteID)},
                                   "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 213}]}]}
                """)
            #expect(response.status == 201, "\(String(decoding: response.body, as: UTF8.self))")
            let deal = try HubSpotJSON.decoder().decode(CRMRecord.self, from: response.body)
            #expect(deal[property: "hs_pinned_engagement_id"] == noteID)
            #expect(deal[property: "amount"] == "1500.5")
        }
    }

    @Test("an upsert input without idProperty names a record by id: it updates it, and an unknown id is its error")
    func upsertWithoutIDProperty() async throws {
        try await SandboxHarness.with { harness in
            let contact = try #require(try await harness.firstIDs("contacts", count: 1).first)
            let (status, body) = try await harness.send(
                .post, "/crm/v3/objects/contacts/batch/upsert",
                """
                {"inputs": [{"id": "\(contact)", "properties": {"jobtitle": "Upserted by id"}},
                            {"id": "nobody@example.com", "properties": {"jobtitle": "Not an email lookup"}}]}
                """)
            #expect(status == 207, "one input updated, one refused: \(String(describing: body))")
            let results = try #require(body?["results"] as? [[String: Any]])
            #expect(results.count == 1)
            #expect(results.first?["id"] as? String == contact)
            #expect(results.first?["new"] as? Bool == false)
            let properties = results.first?["properties"] as? [String: Any]
            #expect(properties?["jobtitle"] as? String == "Upserted by id")
            let errors = try #require(body?["errors"] as? [[String: Any]])
            #expect(errors.first?["category"] as? String == "OBJECT_NOT_FOUND", "\(errors)")
            let found = try await harness.send(.get, "/crm/v3/objects/contacts/nobody@example.com?idProperty=email")
            #expect(found.0 == 404, "no contact was created from the id")
        }
    }

    @Test("malformed JSON is a 400 VALIDATION_ERROR, not a 500")
    func malformed() async throws {
        try await SandboxHarness.with { harness in
            let response = try await post(harness, "/crm/v3/objects/contacts", "{\"properties\": ")
            #expect(response.status == 400)
            let body = try HubSpotJSON.decoder().decode(APIErrorBody.self, from: response.body)
            #expect(body.category == "VALIDATION_ERROR")
        }
    }

    @Test("batch create answers 201 with HubSpot's batch shape")
    func batchShape() async throws {
        try await SandboxHarness.with { harness in
            let response = try await post(
                harness, "/crm/v3/objects/contacts/batch/create",
                """
                {"inputs": [{"properties": {"email": "raw-batch@spoke-tests.example"}, "associations": []}]}
                """)
            #expect(response.status == 201)
            let object = try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
            #expect(object["status"] as? String == "COMPLETE")
            #expect(object["startedAt"] is String && object["completedAt"] is String)
            #expect((object["results"] as? [Any])?.count == 1)
            #expect(object["errors"] == nil)
        }
    }

    @Test("demo values carry a non-API history source; the catalog has the pin and a unique deal property")
    func demoHistoryAndCatalog() async throws {
        try await SandboxHarness.with { harness in
            let page = try await harness.decode(
                RecordPage.self, "/crm/v3/objects/companies?limit=1&propertiesWithHistory=name")
            let entry = try #require(page.results.first?.propertiesWithHistory?["name"]?.first)
            #expect(["IMPORT", "CRM_UI"].contains(entry.sourceType))
            let deals = try await harness.client().properties(of: "deals")
            #expect(deals.first { $0.name == "deal_reference" }?.hasUniqueValue == true)
            #expect(deals.contains { $0.name == "hs_pinned_engagement_id" })
            let notes = try await harness.client().properties(of: "notes")
            #expect(!notes.contains { $0.name == "hs_pinned_engagement_id" })
        }
    }
}
