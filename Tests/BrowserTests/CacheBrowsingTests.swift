import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// The browser over a real SQLite cache: cache-first reads, offline mode, the outbox and its replay.
@Suite("Browsing through the cache", .serialized)
struct CacheBrowsingTests {
    private static func makeCache() throws -> (CRMCache, URL) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-browse-cache-\(UUID().uuidString.prefix(8))")
        return (try CRMCache(directory: directory, portalKey: "test"), directory)
    }

    /// Opens the contact list on a fresh sandbox, stops the sandbox, and presses r so the client finds it gone.
    private static func browseThenLoseTheServer(
        portal: Portal, cache: CRMCache
    ) async throws -> (harness: BrowserHarness, port: Int, record: CRMRecord) {
        let harness = try await BrowserHarness.start(width: 120, height: 30, portal: portal,
                                                     port: BrowserHarness.restartable, cache: cache)
        let port = try #require(harness.server.baseURL.port)
        let record = try #require(harness.app.state.activeList?.records.first)
        await harness.server.stop()
        try await harness.press(.character("r"))
        return (harness, port, record)
    }

    /// Steps the app until `done` holds (the reconnect probe backs off up to several seconds), or 30 s pass.
    private static func step(_ harness: BrowserHarness, until done: (BrowserState) -> Bool) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(30)
        while clock.now < deadline, !done(harness.app.state) {
            try await Task.sleep(for: .milliseconds(50))
            harness.app.step(timeoutMilliseconds: 0)
        }
    }

    @Test("a second session shows the cached rows at once, offline, marked with their age")
    func offlineSessionReadsTheCache() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let online = try await BrowserHarness.start(width: 120, height: 30, cache: cache)
        #expect(online.screen.contains("· live"))
        let firstName = try #require(online.app.state.activeList?.records.first?[property: "firstname"] ?? nil)
        try await online.press(.enter)
        #expect(online.app.state.detail?.phase == .loaded)
        await online.stop()

        let offline = try await BrowserHarness.start(width: 120, height: 30, cache: cache, offline: true)
        #expect(offline.screen.contains("OFFLINE (--offline)"))
        #expect(offline.screen.contains("cached"), "no freshness mark:\n\(offline.screen)")
        #expect(offline.screen.contains(firstName))
        // The record opened online reads from the cache with every property; definitions came from the cache too.
        try await offline.press(.enter)
        #expect(offline.app.state.detail?.phase == .loaded)
        #expect(offline.app.state.definitions["0-1"]?.isEmpty == false)
        // / then Enter searches every cached contact (FTS5), offline; Esc brings the list back.
        let lastName = try #require(offline.app.state.activeList?.records.last?[property: "lastname"] ?? nil)
        try await offline.press(.escape, .character("/"))
        try await offline.type(lastName)
        try await offline.press(.enter)
        #expect(offline.screen.contains("cache search \"\(lastName)\""), "\(offline.screen)")
        let found = try #require(offline.app.state.activeList?.records)
        #expect(!found.isEmpty && found.allSatisfy { $0[property: "lastname"] == lastName })
        try await offline.press(.escape)
        #expect(offline.app.state.activeList?.records.count == 100)
        // A type never opened says so instead of spinning.
        try await offline.press(.escape, .escape, .down, .enter)
        #expect(offline.screen.contains("not in the cache"), "\(offline.screen)")
        #expect(!offline.app.state.isBusy)
        await offline.stop()
    }

    @Test("the server going away turns the session offline; it comes back by itself and replays the outbox")
    func lostConnectionQueuesAndReplays() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let portal = Portal(seed: 42)
        let (harness, port, record) = try await Self.browseThenLoseTheServer(portal: portal, cache: cache)

        // Refreshing failed to connect: the banner shows and the rows stay.
        #expect(harness.app.state.connection.isOffline)
        #expect(harness.screen.contains("OFFLINE: showing cached data"), "\(harness.screen)")
        #expect(harness.screen.contains(record[property: "firstname"].flatMap { $0 } ?? "?"))

        // A change made now waits in the outbox, applied to the cached record.
        harness.app.submit(
            .update(typeID: "0-1", id: record.id, changes: ["jobtitle": "Offline editor"], base: record.updatedAt))
        try await harness.settle()
        #expect(harness.app.state.connection.pending == 1)
        #expect(harness.screen.contains("1 pending"), "\(harness.screen)")
        #expect(try cache.record(typeID: "0-1", id: record.id)?.record[property: "jobtitle"] == "Offline editor")

        // The server comes back on the same port: the probe notices, the outbox is sent, pending returns to 0.
        let restarted = try await BrowserHarness.restartServer(port: port, portal: portal)
        try await Self.step(harness) { !$0.connection.isOffline && $0.connection.pending == 0 }
        #expect(!harness.app.state.connection.isOffline)
        #expect(harness.app.state.connection.pending == 0)
        let client = HubSpotClient(baseURL: restarted.baseURL, credentials: nil)
        let onServer = try await client.record("0-1", id: record.id, properties: ["jobtitle"])
        #expect(onServer[property: "jobtitle"] == "Offline editor")
        #expect(!harness.screen.contains("OFFLINE"))
        await restarted.stop()
    }

    @Test("a change the server overtook stops replay and asks: both values shown, nothing sent until k keeps mine")
    func replayStopsAtAConflict() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let portal = Portal(seed: 42)
        let (harness, port, record) = try await Self.browseThenLoseTheServer(portal: portal, cache: cache)
        harness.app.submit(.update(typeID: "0-1", id: record.id, changes: ["jobtitle": "Mine"], base: record.updatedAt))
        try await harness.settle()

        let restarted = try await BrowserHarness.restartServer(port: port, portal: portal)
        let client = HubSpotClient(baseURL: restarted.baseURL, credentials: nil)
        try await Task.sleep(for: .milliseconds(5))
        _ = try await client.updateRecord("0-1", id: record.id, properties: ["jobtitle": "Theirs"])

        try await Self.step(harness) { $0.outboxConflict != nil }
        #expect(harness.screen.contains("Changed on the server while you were offline"), "\(harness.screen)")
        #expect(harness.screen.contains("mine:   Mine") && harness.screen.contains("theirs: Theirs"), "\(harness.screen)")
        #expect(harness.app.state.connection.pending == 1)
        let onServer = try await client.record("0-1", id: record.id, properties: ["jobtitle"])
        #expect(onServer[property: "jobtitle"] == "Theirs", "the outbox overwrote a newer server change")
        let entry = try #require(try cache.pendingChanges().first)
        #expect(entry.state == .conflict)
        #expect(entry.serverRecord?[property: "jobtitle"] == "Theirs")

        // k keeps mine: sent over theirs on purpose, and the outbox empties.
        try await harness.press(.character("k"))
        try await Self.step(harness) { $0.connection.pending == 0 }
        let kept = try await client.record("0-1", id: record.id, properties: ["jobtitle"])
        #expect(kept[property: "jobtitle"] == "Mine")
        await restarted.stop()
    }
}
