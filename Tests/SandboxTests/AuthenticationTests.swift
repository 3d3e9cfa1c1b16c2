import Foundation
import HubSpot
import Sandbox
import Testing

@Suite("Bearer token authentication")
struct AuthenticationTests {
    private let configuration = SandboxConfiguration(token: "pat-na1-test-token")

    @Test("no Authorization header answers 401 INVALID_AUTHENTICATION")
    func missingToken() async throws {
        try await SandboxHarness.with(configuration) { sandbox in
            let body = try await sandbox.error("/crm/v3/objects/contacts", status: 401)
            #expect(body.category == "INVALID_AUTHENTICATION")
            #expect(body.message?.hasPrefix("Authentication credentials not found") == true)
            #expect(body.status == "error")
        }
    }

    @Test("a wrong token answers 401 saying it is invalid")
    func wrongToken() async throws {
        try await SandboxHarness.with(configuration) { sandbox in
            let body = try await sandbox.error("/crm/v3/objects/contacts", status: 401, token: "pat-na1-wrong")
            #expect(body.category == "INVALID_AUTHENTICATION")
            #expect(body.message?.contains("invalid") == true)
        }
    }

    @Test("the right token is let through, on every route")
    func rightToken() async throws {
        try await SandboxHarness.with(configuration) { sandbox in
            let page = try await sandbox.decode(
                RecordPage.self, "/crm/v3/objects/contacts", token: "pat-na1-test-token")
            #expect(page.results.count == 10)
            let properties = try await sandbox.client(token: "pat-na1-test-token").properties(of: "deals")
            #expect(properties.contains { $0.name == "dealstage" })
            _ = try await sandbox.error("/crm/v3/properties/deals", status: 401)
        }
    }

    @Test("without a configured token no header is needed")
    func openSandbox() async throws {
        try await SandboxHarness.with { sandbox in
            let response = try await sandbox.get("/crm/v3/objects/contacts")
            #expect(response.status == 200)
        }
    }
}
