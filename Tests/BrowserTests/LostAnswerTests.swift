import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

/// Issue 15, item 1: a proxy forwards a create and drops the answer. The create must not be sent again
/// on every reconnect: replay looks for it on the server first.
@Suite("Creates whose answer is lost")
struct LostAnswerTests {
    /// How long the drill keeps reconnecting; `SPOKE_DRILL_SECONDS=120` runs the issue's two minutes.
    static let drillSeconds = Double(ProcessInfo.processInfo.environment["SPOKE_DRILL_SECONDS"] ?? "") ?? 3

    /// A client of `server` with quick retries, and a fresh cache in a folder the caller removes.
    private static func clientAndCache(_ server: SandboxServer) throws -> (HubSpotClient, CRMCache, URL) {
        let client = HubSpotClient(
            baseURL: server.baseURL, credentials: nil, transport: URLSessionTransport(timeout: 30),
            retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20)))
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-lost-\(UUID().uuidString.prefix(8))")
        return (client, try CRMCache(directory: directory, portalKey: "test"), directory)
    }

    @Test("a create answered by a dropped connection, replayed on reconnect after reconnect, exists once")
    func lostAnswerDrill() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic.lostAnswerRate = 1
        let portal = Portal(seed: 42)
        try await withSandbox(configuration, portal: portal) { server in
            let (client, cache, directory) = try Self.clientAndCache(server)
            defer { try? FileManager.default.removeItem(at: directory) }
            let connectivity = Connectivity()
            let gateway = WriteGateway(client: client, cache: cache, connectivity: connectivity)
            let name = "Lost Answer \(UUID().uuidString.prefix(6))"
            let companies = { portal.records(of: "0-2").filter { $0.properties["name"] == name } }

            let outcome = await gateway.perform(
                .create(typeID: "0-2", properties: ["name": name, "domain": "lost.example"], associations: []))
            #expect(outcome == .queued(pending: 1), "no answer came back, so the create is queued")
            #expect(companies().count == 1, "the sandbox performed the create before dropping the answer")

            let runner = EffectRunner(
                client: client, gateway: gateway, inbox: Inbox(), cache: cache, connectivity: connectivity)
            let clock = ContinuousClock()
            let end = clock.now + .seconds(Self.drillSeconds)
            var reconnects = 0
            repeat {
                connectivity.restored()
                await runner.replayOutbox()
                reconnects += 1
                try await Task.sleep(for: .milliseconds(200))
            } while clock.now < end
            #expect(companies().count == 1, "\(companies().count) companies after \(reconnects) reconnects")
            #expect(try cache.pendingCount() == 0, "the create was found and adopted")
            let id = try #require(companies().first?.id)
            #expect(try cache.record(typeID: "0-2", id: id)?.isLocalOnly == false)
            print("lost-answer drill: \(reconnects) reconnects in \(Self.drillSeconds) s, \(companies().count) company")
        }
    }

    @Test("when two records on the server match a lost create, replay asks instead of sending it again")
    func ambiguousLostCreateAsks() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic.lostAnswerRate = 1
        let portal = Portal(seed: 42)
        try await withSandbox(configuration, portal: portal) { server in
            let (client, cache, directory) = try Self.clientAndCache(server)
            defer { try? FileManager.default.removeItem(at: directory) }
            let properties = ["name": "Twin \(UUID().uuidString.prefix(6))"]
            try cache.enqueue(
                .create(
                    typeID: "0-2", temporaryID: PendingChange.makeTemporaryID(), properties: properties,
                    associations: []))
            let first = await OutboxReplayer(cache: cache, client: client).replay()
            #expect(first.sent == 0)
            // Someone else creates a company with the same name meanwhile.
            server.setLostAnswerRate(0)
            _ = try await client.createRecord("0-2", properties: properties, associations: [])
            let second = await OutboxReplayer(cache: cache, client: client).replay()
            guard case .unresolved = second.stop else {
                Issue.record("replay went on: \(second.stop)")
                return
            }
            #expect(portal.records(of: "0-2").filter { $0.properties["name"] == properties["name"] }.count == 2)
            #expect(try cache.pendingChanges().first?.state == .unknown)
        }
    }
}
