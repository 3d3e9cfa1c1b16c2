import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("HubSpot errors decode from the sandbox's error bodies")
struct ErrorTests {
    @Test("404 for a missing record carries HubSpot's message and category", arguments: APIVersion.clientSuite)
    func notFound(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.record("contacts", id: "999999999")
            }
            guard case .api(let status, let body) = error else {
                Issue.record("expected an API error, got \(String(describing: error))")
                return
            }
            #expect(status == 404)
            #expect(body.category == "OBJECT_NOT_FOUND")
            #expect(body.message?.isEmpty == false)
            #expect(body.correlationId?.isEmpty == false)
            #expect(error?.errorDescription?.contains("404") == true)
        }
    }

    @Test("401 without a token, and with a wrong one, when the sandbox demands one", arguments: APIVersion.clientSuite)
    func unauthorized(_ version: APIVersion) async throws {
        for clientToken in ["", "wrong-token"] {
            try await withSandboxClient(token: "s3cret", clientToken: clientToken, apiVersion: version) { client, _ in
                let error = await #expect(throws: HubSpotError.self) {
                    _ = try await client.listRecords("contacts")
                }
                #expect(error?.status == 401)
                #expect(error?.category == "INVALID_AUTHENTICATION")
                #expect(error?.message.isEmpty == false)
            }
        }
    }

    @Test("the right token is accepted", arguments: APIVersion.clientSuite)
    func authorized(_ version: APIVersion) async throws {
        try await withSandboxClient(token: "s3cret", apiVersion: version) { client, _ in
            let page = try await client.listRecords("contacts", ListQuery(limit: 3))
            #expect(page.results.count == 3)
        }
    }

    @Test("a limit above 100 is refused with a message that names the limit", arguments: APIVersion.clientSuite)
    func limitAboveMaximum(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.listRecords("contacts", ListQuery(limit: 101))
            }
            #expect(error?.status == 400)
            #expect(error?.message.contains("100") == true)
        }
    }

    @Test("nothing listening gives a transport error, not a crash")
    func connectionRefused() async throws {
        // Port 9 (discard) is closed on loopback here; any refused port will do.
        let client = HubSpotClient(baseURL: URL(string: "http://127.0.0.1:9")!, credentials: nil)
        let error = await #expect(throws: HubSpotError.self) {
            _ = try await client.listRecords("contacts")
        }
        guard case .transport = error else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
    }
}
