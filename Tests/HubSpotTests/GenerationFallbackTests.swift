import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

/// A portal that answers HubSpot's dated paths as unknown routes while the legacy ones work (an old proxy,
/// a region lagging): the client finds out on its first call, says so once, and speaks legacy from then on.
@Suite("Falling back to legacy when a portal does not know the dated API")
struct GenerationFallbackTests {
    @Test("the first call falls back, once, for every copy; later calls go to legacy paths at once")
    func fallsBackOnce() async throws {
        var configuration = SandboxConfiguration()
        configuration.generations = [.legacy]
        let log = EventLog()
        try await withSandbox(configuration) { server in
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil, observer: { log.record($0) }, apiVersion: .september2026)
            let copy = client
            let page = try await client.listRecords("contacts", ListQuery(limit: 5))
            #expect(page.results.count == 5)
            let fallbacks = log.all.filter { if case .generationFallback = $0 { true } else { false } }
            #expect(fallbacks == [.generationFallback(from: .september2026, path: "/crm/objects/2026-09/contacts")])
            #expect(copy.apiVersion == .legacy, "the fallback serves every copy")
            let sentBefore = log.all.count
            _ = try await copy.record("contacts", id: page.results[0].id, properties: ["email"])
            let sent = log.all.dropFirst(sentBefore).compactMap {
                if case .sent(_, let path) = $0 { path } else { nil }
            }
            #expect(sent == ["/crm/v3/objects/contacts/\(page.results[0].id)"], "\(sent)")
            // A record that is missing is still a 404 the caller sees, not a reason to fall back again.
            await #expect(throws: HubSpotError.self) { _ = try await copy.record("contacts", id: "999999999") }
            #expect(log.all.filter { if case .generationFallback = $0 { true } else { false } }.count == 1)
        }
    }

    @Test("on a portal that knows the dated API, a missing record is a 404, and nothing falls back")
    func missingRecordIsNotAnUnknownRoute() async throws {
        let log = EventLog()
        try await withSandbox { server in
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil, observer: { log.record($0) }, apiVersion: .september2026)
            await #expect {
                _ = try await client.record("contacts", id: "999999999")
            } throws: { error in
                guard case HubSpotError.api(404, let body) = error else { return false }
                return body.category == "OBJECT_NOT_FOUND"
            }
            #expect(client.apiVersion == .september2026)
            #expect(!log.all.contains { if case .generationFallback = $0 { true } else { false } })
        }
    }
}
