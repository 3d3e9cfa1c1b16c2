import Browser
import Foundation
import GRDB
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@testable import CRMCache

/// The effect runner over a cache whose disk refuses writes: cached reads still show, and the
/// failed bookkeeping is said, not swallowed.
@Suite("Cache trouble in the effect runner")
struct CacheTroubleTests {
    @Test("offline, a cached record shows although the disk refuses the viewed-at write, which is reported")
    func cachedRecordOnRefusingDisk() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-trouble-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = try CRMCache(directory: directory, portalKey: "test")
        let epoch = Date(timeIntervalSince1970: 0)
        try cache.store(
            [CRMRecord(id: "7", properties: ["firstname": "Ada"], createdAt: epoch, updatedAt: epoch)], typeID: "0-1")
        // SQLite now refuses every write on the cache's writer, as on a full or read-only filesystem.
        try await cache.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = ON") }

        let client = HubSpotClient(baseURL: URL(string: "http://127.0.0.1:9")!, credentials: nil)
        let connectivity = Connectivity(forcedOffline: true)
        let gateway = WriteGateway(client: client, cache: cache, connectivity: connectivity)
        let inbox = Inbox()
        let runner = EffectRunner(
            client: client, gateway: gateway, inbox: inbox, cache: cache, connectivity: connectivity)
        runner.run(.fetchRecord(typeID: "0-1", id: "7", properties: ["firstname"]))
        while runner.inFlight > 0 { try await Task.sleep(for: .milliseconds(5)) }

        let actions = inbox.drain()
        let shown = actions.contains { action in
            if case .cachedRecordLoaded(_, let record, _) = action { record.id == "7" } else { false }
        }
        #expect(shown, "the cached record was not shown: \(actions)")
        let told = actions.contains { action in
            if case .notify(let message) = action {
                message.kind == .error && message.text.hasPrefix("cache:")
            } else {
                false
            }
        }
        #expect(told, "the refused write was swallowed: \(actions)")
    }

    @Test("online, the graph shows although the disk refuses its write-through, which is reported")
    func graphOnRefusingDisk() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-trouble-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = try CRMCache(directory: directory, portalKey: "test")
        try await cache.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = ON") }
        let server = try await SandboxServer.start(SandboxConfiguration(), portal: Portal(seed: 42))
        let client = HubSpotClient(baseURL: server.baseURL, credentials: nil)
        let connectivity = Connectivity()
        let inbox = Inbox()
        let runner = EffectRunner(
            client: client, gateway: WriteGateway(client: client, cache: cache, connectivity: connectivity),
            inbox: inbox, cache: cache, connectivity: connectivity)
        runner.run(.loadGraphHop(RecordReference(typeID: "0-1", id: "101")))
        while runner.inFlight > 0 { try await Task.sleep(for: .milliseconds(5)) }
        await server.stop()

        let actions = inbox.drain()
        let shown = actions.contains { action in
            if case .graphHopLoaded(_, let groups, _, false) = action { !groups.isEmpty } else { false }
        }
        #expect(shown, "the live graph was not shown: \(actions)")
        let told = actions.contains { action in
            if case .notify(let message) = action { message.text.hasPrefix("cache: could not save") } else { false }
        }
        #expect(told, "the refused write-through was swallowed: \(actions)")
    }

    @Test(
        "on a really full disk a cached record opens offline and e edits it; the refused write is said (item 8)",
        .enabled(if: SmallDisk.canMount, "mounting a small filesystem needs root"))
    func cachedRecordOnFullDisk() async throws {
        let disk = try #require(SmallDisk(), "could not mount a tmpfs")
        defer { disk.remove() }
        let cache = try CRMCache(directory: disk.root.appendingPathComponent("cache"), portalKey: "test")
        let online = try await BrowserHarness.start(width: 120, height: 30, cache: cache)
        try await online.press(.enter)
        #expect(online.app.state.detail?.phase == .loaded)
        await online.stop()

        // Not query_only this time: the filesystem itself has no room, so every write fails with SQLITE_FULL.
        disk.fill()
        let offline = try await BrowserHarness.start(width: 120, height: 30, cache: cache, offline: true)
        try await offline.press(.enter)
        #expect(offline.app.state.detail?.phase == .loaded, "\(offline.screen)")
        #expect(!offline.screen.contains("not in the cache"), "\(offline.screen)")
        #expect(offline.screen.contains("cache:"), "the refused viewed-at write is said: \(offline.screen)")
        try await offline.selectProperty("jobtitle")
        try await offline.press(.character("e"))
        #expect(offline.app.state.prompt != nil, "e opens the editor: \(offline.screen)")
        #expect(!offline.screen.contains("still loading"), "\(offline.screen)")
        await offline.stop()
    }
}
