import Foundation
import HubSpot
import Sandbox
import Testing

/// A sandbox that plays a key with limited scopes (`spoke sandbox --scopes`).
@Suite("Scopes: a key granted some scopes gets HubSpot's 403 MISSING_SCOPES for the rest")
struct ScopeWireTests {
    private func configuration(_ scopes: Set<String>, token: String? = nil) -> SandboxConfiguration {
        var configuration = SandboxConfiguration(token: token)
        configuration.scopes = scopes
        return configuration
    }

    @Test("a type the key cannot read answers 403 with HubSpot's body, the scope in requiredGranularScopes")
    func missingReadScope() async throws {
        try await SandboxHarness.with(configuration(["crm.objects.contacts.read"])) { sandbox in
            for path in ["/crm/v3/objects/tickets", "/crm/objects/2026-09/tickets?limit=1", "/crm/objects/2026-03/0-5"]
            {
                let response = try await sandbox.get(path)
                #expect(response.status == 403, "\(path)")
                let body = try #require(
                    try JSONSerialization.jsonObject(with: response.body) as? [String: Any], "\(path)")
                #expect(body["status"] as? String == "error")
                #expect(body["category"] as? String == "MISSING_SCOPES")
                #expect(
                    (body["message"] as? String)?.hasPrefix("This app hasn't been granted all required scopes") == true)
                #expect((body["correlationId"] as? String)?.isEmpty == false)
                let errors = try #require(body["errors"] as? [[String: Any]])
                #expect(errors.first?["message"] as? String == "One or more of the following scopes are required.")
                let context = try #require(errors.first?["context"] as? [String: [String]])
                #expect(context == ["requiredGranularScopes": ["tickets"]])
                #expect((body["links"] as? [String: String])?["scopes"] == "https://developers.hubspot.com/scopes")
                #expect(response.header("X-HubSpot-RateLimit-Remaining") != nil, "a refused call is still metered")
            }
        }
    }

    @Test("reads and writes need their own scopes; activities take the contacts scopes")
    func readsAndWrites() async throws {
        try await SandboxHarness.with(configuration(["crm.objects.contacts.read"])) { sandbox in
            let contactsStatus = try await sandbox.get("/crm/v3/objects/contacts?limit=1").status
            #expect(contactsStatus == 200)
            let notesStatus = try await sandbox.get("/crm/objects/2026-09/notes?limit=1").status
            #expect(notesStatus == 200)
            let (searchStatus, _) = try await sandbox.send(
                .post, "/crm/objects/2026-09/contacts/search", #"{"query":"a","limit":1}"#)
            #expect(searchStatus == 200, "a search is a read")
            let (createStatus, created) = try await sandbox.send(
                .post, "/crm/objects/2026-09/contacts", #"{"properties":{"email":"scope@example.com"}}"#)
            #expect(createStatus == 403)
            let detail = try #require((created?["errors"] as? [[String: Any]])?.first)
            #expect(
                (detail["context"] as? [String: [String]])?["requiredGranularScopes"] == ["crm.objects.contacts.write"])
            let (deleteStatus, _) = try await sandbox.send(.delete, "/crm/v3/objects/companies/1")
            #expect(deleteStatus == 403)
        }
    }

    @Test("properties and pipelines read with any read scope; owners, schemas and the account need their own")
    func otherAreas() async throws {
        try await SandboxHarness.with(configuration(["crm.objects.deals.read"])) { sandbox in
            let propertiesStatus = try await sandbox.get("/crm/properties/2026-09/tickets").status
            #expect(propertiesStatus == 200)
            let pipelinesStatus = try await sandbox.get("/crm/v3/pipelines/deals").status
            #expect(pipelinesStatus == 200)
            let expected = [
                ("/crm/owners/2026-09", ["crm.objects.owners.read"]),
                ("/account-info/2026-09/details", ["oauth"]),
                ("/crm-object-schemas/2026-09/schemas", ["crm.schemas.custom.read", "crm.objects.custom.read"]),
                ("/crm/objects/2026-09/2-3465404", ["crm.objects.custom.read"]),
            ]
            for (path, scopes) in expected {
                let body = try await sandbox.error(path, status: 403)
                #expect(MissingScopes(body: body)?.scopes == scopes, "\(path)")
            }
        }
        try await SandboxHarness.with(configuration(["crm.objects.owners.read"])) { sandbox in
            let ownersStatus = try await sandbox.get("/crm/v3/owners").status
            #expect(ownersStatus == 200)
            let contactPropertiesStatus = try await sandbox.get("/crm/v3/properties/contacts").status
            #expect(contactPropertiesStatus == 200, "owners.read is a read scope")
        }
    }

    @Test("a wrong token is refused with 401 before any scope is looked at")
    func wrongTokenFirst() async throws {
        try await SandboxHarness.with(configuration(["crm.objects.contacts.read"], token: "right")) { sandbox in
            _ = try await sandbox.error("/crm/v3/objects/tickets", status: 401, token: "wrong")
            _ = try await sandbox.error("/crm/v3/objects/tickets", status: 403, token: "right")
        }
    }
}
