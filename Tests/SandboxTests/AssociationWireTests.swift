import Foundation
import HubSpot
import Sandbox
import Testing

/// The association routes' raw JSON: ids as strings out, numbers accepted in, HubSpot's statuses.
@Suite("Association routes on the wire")
struct AssociationWireTests {
    /// Sends `json` with `method` and returns the status and the parsed body (`nil` when empty).
    static func send(
        _ sandbox: SandboxHarness, _ method: HTTPMethod, _ path: String, _ json: String? = nil
    ) async throws -> (Int, Any?) {
        let url = try #require(URL(string: sandbox.server.baseURL.absoluteString + path))
        var headers = ["Accept": "application/json"]
        if json != nil { headers["Content-Type"] = "application/json" }
        let response = try await sandbox.transport.send(
            HTTPRequest(method: method, url: url, headers: headers, body: json.map { Data($0.utf8) }))
        let body = response.body.isEmpty ? nil : try JSONSerialization.jsonObject(with: response.body)
        return (response.status, body)
    }

    @Test("numeric ids are accepted on input and come back as strings")
    func numericIdsIn() async throws {
        try await SandboxHarness.with { sandbox in
            let contacts = try await sandbox.decode(RecordPage.self, "/crm/v3/objects/contacts?limit=2").results
            let companies = try await sandbox.decode(RecordPage.self, "/crm/v3/objects/companies?limit=60").results
            let contact = contacts[1].id
            let (readStatus, read) = try await Self.send(
                sandbox, .post, "/crm/v4/associations/contacts/companies/batch/read",
                #"{"inputs":[{"id":\#(contact)}]}"#)
            #expect(readStatus == 200)
            let result = try #require(((read as? [String: Any])?["results"] as? [[String: Any]])?.first)
            let first = try #require((result["to"] as? [[String: Any]])?.first)
            #expect(first["toObjectId"] is String, "toObjectId must be a JSON string")
            let linked = first["toObjectId"] as? String
            let company = try #require(companies.first { $0.id != linked }).id
            let (createStatus, created) = try await Self.send(
                sandbox, .post, "/crm/v4/associations/0-1/0-2/batch/create",
                #"{"inputs":[{"from":{"id":\#(contact)},"to":{"id":\#(company)},"#
                    + #""types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":1}]}]}"#)
            #expect(createStatus == 201)
            let pair = try #require(((created as? [String: Any])?["results"] as? [[String: Any]])?.first)
            #expect(pair["fromObjectId"] as? String == contact && pair["toObjectId"] as? String == company)
            #expect(pair["labels"] as? [String] == ["Primary"])
            #expect((created as? [String: Any])?["status"] as? String == "COMPLETE")
        }
    }

    @Test("unlabeled types carry no label key; labelled PUT is 201, DELETE 204")
    func shapesAndStatuses() async throws {
        try await SandboxHarness.with { sandbox in
            let (status, labels) = try await Self.send(sandbox, .get, "/crm/associations/v4/contact/company/labels")
            #expect(status == 200)
            let results = try #require((labels as? [String: Any])?["results"] as? [[String: Any]])
            let plain = try #require(results.first { $0["typeId"] as? Int == 279 })
            #expect(plain["label"] == nil && plain["category"] as? String == "HUBSPOT_DEFINED")
            let contact = try await sandbox.decode(RecordPage.self, "/crm/v3/objects/contacts?limit=1").results[0].id
            let deal = try await sandbox.decode(RecordPage.self, "/crm/v3/objects/deals?limit=1").results[0].id
            let (putStatus, _) = try await Self.send(
                sandbox, .put, "/crm/v4/objects/contacts/\(contact)/associations/deals/\(deal)",
                #"[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":4}]"#)
            #expect(putStatus == 201)
            let (deleteStatus, body) = try await Self.send(
                sandbox, .delete, "/crm/v4/objects/contacts/\(contact)/associations/deals/\(deal)")
            #expect(deleteStatus == 204 && body == nil)
        }
    }

    @Test("malformed bodies and unknown types answer HubSpot's 400")
    func badBodies() async throws {
        try await SandboxHarness.with { sandbox in
            let (status, body) = try await Self.send(
                sandbox, .post, "/crm/v4/associations/contacts/companies/batch/read", #"{"inputs": [}"#)
            #expect(status == 400)
            #expect((body as? [String: Any])?["category"] as? String == "VALIDATION_ERROR")
            let (missing, _) = try await Self.send(
                sandbox, .post, "/crm/v4/associations/contacts/companies/batch/read", #"{"ids":[]}"#)
            #expect(missing == 400)
            let (unknown, error) = try await Self.send(sandbox, .get, "/crm/v4/associations/contacts/spaceships/labels")
            #expect(unknown == 400)
            #expect((error as? [String: Any])?["message"] as? String == "Unable to infer object type from: spaceships")
        }
    }
}
