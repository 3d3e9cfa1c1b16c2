import Foundation
import HubSpot
import Sandbox
import Testing

@Suite("SandboxServer lifecycle")
struct ServerLifecycleTests {
    @Test(
        "port 0 picks a real port, stop is idempotent, and the port is closed afterwards",
        .timeLimit(.minutes(1)))
    func startAndStop() async throws {
        let server = try await SandboxServer.start(SandboxConfiguration(seed: 1, scale: 0.1))
        #expect(server.port > 0)
        #expect(server.baseURL.absoluteString == "http://127.0.0.1:\(server.port)")
        // The transport's usual bound: at the start of a full run every suite starts its sandbox at once on two
        // cores, and a 5 s bound timed out there (the test is about the lifecycle, not speed).
        let transport = URLSessionTransport(timeout: 30)
        let url = try #require(URL(string: "\(server.baseURL.absoluteString)/crm/v3/objects/contacts?limit=1"))
        let response = try await transport.send(HTTPRequest(method: .get, url: url))
        #expect(response.status == 200)
        await server.stop()
        await server.stop()
        await #expect(throws: (any Error).self) {
            _ = try await transport.send(HTTPRequest(method: .get, url: url))
        }
    }

    @Test("a taken port makes start throw instead of hanging", .timeLimit(.minutes(1)))
    func portInUse() async throws {
        let first = try await SandboxServer.start(SandboxConfiguration(scale: 0.1))
        await #expect(throws: SandboxServerError.self) {
            let second = try await SandboxServer.start(SandboxConfiguration(port: first.port, scale: 0.1))
            await second.stop()
        }
        await first.stop()
    }

    @Test("a shared portal is served live: records inserted while running are listed")
    func liveInsert() async throws {
        try await SandboxHarness.with(SandboxConfiguration(scale: 0.1)) { sandbox in
            let before = sandbox.server.portal.count(of: "notes")
            let note = sandbox.server.portal.insert(
                "notes",
                properties: [
                    "hs_note_body": "<p>live</p>",
                    "hs_timestamp": "2026-06-02T00:00:00.000Z",
                ])
            let read = try await sandbox.decode(
                CRMRecord.self, "/crm/v3/objects/0-46/\(note.id)?properties=hs_note_body")
            #expect(read[property: "hs_note_body"] == "<p>live</p>")
            #expect(sandbox.server.portal.count(of: "notes") == before + 1)
        }
    }
}
