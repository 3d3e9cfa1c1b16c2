import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

/// Issue 15, item 2: two Spokes on one cache save the same record from the same base at once; the
/// second must be refused as a conflict, not silently overwrite the first.
@Suite("Saves from two instances")
struct ConcurrentSaveTests {
    @Test("two saves of one record from one base, a few ms apart on one cache: one saved, one conflict")
    func secondSaveConflicts() async throws {
        var configuration = SandboxConfiguration()
        // Slow answers put both conflict checks in flight before either write lands.
        configuration.traffic.latency = .milliseconds(200)
        let portal = Portal(seed: 42)
        try await withSandbox(configuration, portal: portal) { server in
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil,
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20)))
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("spoke-saves-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: directory) }
            // Two instances, as two Spoke processes have: each its own connection pool on the same file.
            let first = WriteGateway(client: client, cache: try CRMCache(directory: directory, portalKey: "test"))
            let second = WriteGateway(client: client, cache: try CRMCache(directory: directory, portalKey: "test"))
            let id = portal.records(of: "0-1")[0].id
            let base = try await client.record("0-1", id: id, properties: ["firstname"]).updatedAt

            async let one = first.perform(
                .update(typeID: "0-1", id: id, changes: ["firstname": "First"], base: base))
            try await Task.sleep(for: .milliseconds(5))
            async let two = second.perform(
                .update(typeID: "0-1", id: id, changes: ["firstname": "Second"], base: base))
            let outcomes = await [one, two]
            let saved = outcomes.filter { if case .saved = $0 { true } else { false } }.count
            let conflicts = outcomes.filter { if case .conflict = $0 { true } else { false } }.count
            #expect(saved == 1 && conflicts == 1, "outcomes: \(outcomes)")
        }
    }
}
