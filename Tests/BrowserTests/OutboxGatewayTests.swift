import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

/// The write gateway with a cache: every kind of change queues while the server is away, and replay
/// sends them in order, rewriting a temporary id and creating the association.
@Suite("Writes through the outbox")
struct OutboxGatewayTests {
    @Test("an edit, an association, a create and a pin queue offline; replay sends all four")
    func everyKindQueuesAndReplays() async throws {
        let portal = Portal(seed: 42)
        try await withSandbox(SandboxConfiguration(), portal: portal) { server in
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil,
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20)))
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("spoke-outbox-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: directory) }
            let cache = try CRMCache(directory: directory, portalKey: "test")
            let contactID = portal.records(of: "0-1")[0].id
            let companyID = portal.records(of: "0-2")[0].id
            let before = try await client.record("0-1", id: contactID, properties: ["firstname"])
            try cache.store([before], typeID: "0-1")
            server.setDropRate(1)  // every connection closed unanswered: the server is gone, as a client sees it

            let connectivity = Connectivity()
            let gateway = WriteGateway(client: client, cache: cache, connectivity: connectivity)
            let edit = await gateway.perform(
                .update(
                    typeID: "0-1", id: contactID, changes: ["firstname": "Queued"],
                    base: before.updatedAt))
            #expect(edit == .queued(pending: 1))
            #expect(connectivity.isOffline, "a refused connection turns the session offline")
            #expect(try cache.record(typeID: "0-1", id: contactID)?.record[property: "firstname"] == "Queued")
            let link = await gateway.perform(
                .associate(
                    fromType: "0-1", fromID: contactID, toType: "0-2",
                    toID: companyID, types: []))
            #expect(link == .queued(pending: 2))
            let create = await gateway.perform(
                .create(
                    typeID: "0-1",
                    properties: [
                        "email": "queued.offline@example.com", "firstname": "Offline",
                    ], associations: []))
            #expect(create == .queued(pending: 3))
            #expect(await gateway.perform(.pin(typeID: "0-1", id: contactID, engagementID: nil)) == .queued(pending: 4))

            server.setDropRate(0)
            connectivity.restored()
            let inbox = Inbox()
            let runner = EffectRunner(
                client: client, gateway: gateway, inbox: inbox, cache: cache,
                connectivity: connectivity)
            await runner.replayOutbox()
            #expect(try cache.pendingCount() == 0)
            #expect(inbox.drain().contains { if case .outboxChanged(0, _) = $0 { true } else { false } })
            let after = try await client.record("0-1", id: contactID, properties: ["firstname"])
            #expect(after[property: "firstname"] == "Queued")
            let created = portal.records(of: "0-1").first { $0.properties["email"] == "queued.offline@example.com" }
            #expect(created != nil)
            #expect(
                try cache.record(typeID: "0-1", id: created?.id ?? "?")?.isLocalOnly == false,
                "the temporary id was not rewritten to the server's")
            let companies = try await client.associations(of: "0-1", id: contactID, to: "0-2")
            #expect(companies.results.contains { $0.toObjectId == companyID })
        }
    }

    @Test("read-only mode refuses every write before it is sent or queued")
    func readOnlyRefuses() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-outbox-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = try CRMCache(directory: directory, portalKey: "test")
        let gateway = WriteGateway(
            client: HubSpotClient(baseURL: URL(string: "http://127.0.0.1:9")!, credentials: nil),
            readOnly: true, cache: cache, connectivity: Connectivity(forcedOffline: true))
        let outcome = await gateway.perform(.archive(typeID: "0-1", ids: ["1"]))
        guard case .rejected(let failure) = outcome else {
            Issue.record("expected a refusal, got \(outcome)")
            return
        }
        #expect(failure.message.contains("read-only"))
        #expect(try cache.pendingCount() == 0)
    }
}
