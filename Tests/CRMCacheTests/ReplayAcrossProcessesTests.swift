import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@testable import CRMCache

/// Issue 15, item 2: an outbox shared by several processes is sent once, whoever dies or races.
@Suite("Replay across processes")
struct ReplayAcrossProcessesTests {
    typealias S = CacheTestSupport

    @Test("two `spoke cache sync` at once on one cache send a queued create once")
    func twoInstancesSendOnce() async throws {
        let binary = try SpokeBinary.required()
        var configuration = SandboxConfiguration()
        // Slow answers keep the first sender's request in flight while the second one starts.
        configuration.traffic.latency = .milliseconds(800)
        let portal = Portal(seed: 42)
        try await withSandbox(configuration, portal: portal) { server in
            try await S.withCache { _, directory in
                let key = CRMCache.portalKey(baseURL: server.baseURL, portalID: 1)
                let cache = try CRMCache(directory: directory, portalKey: key)
                let name = "Twice \(UUID().uuidString.prefix(6))"
                try cache.enqueue(
                    .create(
                        typeID: "0-2", temporaryID: PendingChange.makeTemporaryID(), properties: ["name": name],
                        associations: []))
                let arguments = [
                    "cache", "sync", "--cache-dir", directory.path, "--base-url", server.baseURL.absoluteString,
                    "--portal-id", "1",
                ]
                async let first = ChildProcess.run(binary, arguments, timeout: .seconds(120))
                async let second = ChildProcess.run(binary, arguments, timeout: .seconds(120))
                let results = try await [first, second]
                for result in results { #expect(result.status == 0, "\(result.output)") }
                let made = portal.records(of: "0-2").filter { $0.properties["name"] == name }
                #expect(made.count == 1, "\(made.count) companies; children said: \(results.map(\.output))")
                #expect(try cache.pendingCount() == 0)
            }
        }
    }

    @Test("a replay killed while its create is in flight is settled by the next one: one record")
    func killedDuringReplay() async throws {
        let binary = try SpokeBinary.required()
        var configuration = SandboxConfiguration()
        configuration.traffic.lostAnswerRate = 1
        let portal = Portal(seed: 42)
        try await withSandbox(configuration, portal: portal) { server in
            // The create is performed, then its answer held back until the child is dead.
            server.setLostAnswerRate(1, hold: .seconds(600))
            try await S.withCache { _, directory in
                let key = CRMCache.portalKey(baseURL: server.baseURL, portalID: 1)
                let cache = try CRMCache(directory: directory, portalKey: key)
                let name = "Killed \(UUID().uuidString.prefix(6))"
                try cache.enqueue(
                    .create(
                        typeID: "0-2", temporaryID: PendingChange.makeTemporaryID(), properties: ["name": name],
                        associations: []))
                let made = { portal.records(of: "0-2").filter { $0.properties["name"] == name } }
                let output = NSTemporaryDirectory() + "spoke-killed-\(UUID().uuidString).out"
                defer { unlink(output) }
                let child = try ChildProcess.spawn(
                    binary,
                    [
                        "cache", "sync", "--cache-dir", directory.path, "--base-url",
                        server.baseURL.absoluteString, "--portal-id", "1",
                    ], stdoutPath: output)
                // The bound only ends a broken run (a child that failed to start); the answer is held meanwhile.
                var polls = 0
                while made().isEmpty, polls < 6_000 {
                    try await Task.sleep(for: .milliseconds(20))
                    polls += 1
                }
                try #require(!made().isEmpty, "the child never sent the create")
                #expect(await child.kill() == 128 + SIGKILL)
                server.setLostAnswerRate(0)

                let client = HubSpotClient(
                    baseURL: server.baseURL, credentials: nil,
                    retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20)))
                let report = await OutboxReplayer(cache: cache, client: client).replay()
                #expect(report.stop == .finished, "\(report)")
                #expect(made().count == 1, "\(made().count) companies after the replay that followed the kill")
                #expect(try cache.pendingCount() == 0)
            }
        }
    }
}
