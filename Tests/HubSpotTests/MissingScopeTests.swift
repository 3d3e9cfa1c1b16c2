import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("A 403 names the scopes the key lacks")
struct MissingScopeTests {
    @Test("the client reads the sandbox's 403 into HubSpotError.missingScopes")
    func fromTheSandbox() async throws {
        var configuration = SandboxConfiguration(token: "key")
        configuration.scopes = ["crm.objects.contacts.read", "crm.objects.companies.read"]
        try await withSandbox(configuration) { server in
            let client = HubSpotClient(baseURL: server.baseURL, credentials: .bearer("key"))
            _ = try await client.listRecords("contacts", ListQuery(limit: 1))
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.listRecords("tickets", ListQuery(limit: 1))
            }
            #expect(error?.status == 403)
            #expect(error?.category == "MISSING_SCOPES")
            #expect(error?.missingScopes?.scopes == ["tickets"])
            #expect(error?.missingScopes?.advice == "this key lacks the scope tickets — add it to the service key")
            #expect(error?.isTransient == false, "a missing scope is not retried")
        }
    }

    @Test(
        "every spelling HubSpot uses is read: context.missingScopes, and requiredGranularScopes or requiredScopes in errors[]",
        arguments: [
            #"{"category":"MISSING_SCOPES","message":"m","context":{"missingScopes":["scope1","scope2"]}}"#,
            #"{"status":"error","category":"MISSING_SCOPES","message":"m","errors":[{"message":"One or more of the following scopes are required.","context":{"requiredGranularScopes":["scope1","scope2"]}}]}"#,
            #"{"status":"error","category":"MISSING_SCOPES","message":"m","errors":[{"message":"x","context":{"requiredScopes":["scope1"]}},{"message":"y","context":{"requiredScopes":["scope2","scope1"]}}]}"#,
        ])
    func spellings(_ json: String) throws {
        let body = try HubSpotJSON.decode(APIErrorBody.self, from: Data(json.utf8))
        let error = HubSpotError.api(status: 403, body: body)
        #expect(error.missingScopes?.scopes == ["scope1", "scope2"])
        #expect(error.missingScopes?.description == "one of the scopes scope1, scope2")
    }

    @Test("other answers name no scope: a 403 without one, a 401, a 400 with context")
    func noScopes() throws {
        let plain = APIErrorBody(message: "Forbidden", category: "FORBIDDEN")
        #expect(HubSpotError.api(status: 403, body: plain).missingScopes == nil)
        let scoped = APIErrorBody(message: "x", context: ["missingScopes": ["tickets"]])
        #expect(HubSpotError.api(status: 401, body: scoped).missingScopes == nil)
        #expect(
            HubSpotError.api(status: 403, body: APIErrorBody(message: "x", context: ["missingScopes": [" "]]))
                .missingScopes == nil)
    }

    @Test("the scope table: activities take the contacts scopes, tickets one scope, custom objects theirs")
    func table() {
        #expect(ObjectScopes(type: "contacts").read == ["crm.objects.contacts.read"])
        #expect(ObjectScopes(type: "0-46").write == ["crm.objects.contacts.write"])
        #expect(ObjectScopes(type: "emails").read == ["crm.objects.contacts.read"])
        #expect(ObjectScopes(type: "0-5").read == ["tickets"])
        #expect(ObjectScopes(type: "0-3").write == ["crm.objects.deals.write"])
        #expect(ObjectScopes(type: "2-3465404").read == ["crm.objects.custom.read"])
        #expect(ObjectScopes(type: "p1234567_cars").write == ["crm.objects.custom.write"])
        #expect(ObjectScopes(type: "line_items").read == ["crm.objects.line_items.read", "e-commerce"])
    }
}
