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

    /// Opens the contact list on a fresh sandbox, cuts it off (every connection closed unanswered, as a
    /// dead server looks to a client), and presses r so the client finds it gone.
    /// `meanwhile` runs just before the cut, after the list (and so the edit's base) was loaded.
    private static func browseThenLoseTheServer(
        portal: Portal, cache: CRMCache, meanwhile: (HubSpotClient, CRMRecord) async throws -> Void = { _, _ in }
    ) async throws -> (harness: BrowserHarness, record: CRMRecord) {
        let harness = try await BrowserHarness.start(width: 120, height: 30, portal: portal, cache: cache)
        let record = try #require(harness.app.state.activeList?.records.first)
        try await meanwhile(harness.client, record)
        harness.server.setDropRate(1)
        try await harness.press(.character("r"))
        return (harness, record)
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
        #expect(offline.screen.contains("from the cache"))
        let found = try #require(offline.app.state.activeList?.records)
        #expect(!found.isEmpty && found.allSatisfy { $0[property: "lastname"] == lastName })
        try await offline.press(.escape)
        #expect(offline.app.state.activeList?.records.count == 100)
        // A type never opened says so instead of spinning.
        try await offline.press(.escape, .escape, .down, .enter)
        #expect(offline.screen.contains("not in the cache"), "\(offline.screen)")
        #expect(!offline.app.state.isBusy)
        #expect(offline.app.state.network.responses == 0, "--offline sent requests")
        #expect(offline.app.state.network.retrying == nil, "--offline tried to connect")
        await offline.stop()
    }

    @Test("the server going away turns the session offline; it comes back by itself and replays the outbox")
    func lostConnectionQueuesAndReplays() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let portal = Portal(seed: 42)
        let (harness, record) = try await Self.browseThenLoseTheServer(portal: portal, cache: cache)

        // Refreshing failed to connect: the banner shows and the rows stay.
        #expect(harness.app.state.connection.isOffline)
        #expect(harness.screen.contains("OFFLINE: showing cached data"), "\(harness.screen)")
        #expect(harness.app.state.activeList?.oldestCachedPage != nil, "the rows come from the cache now")
        #expect(harness.screen.contains(record[property: "firstname"].flatMap { $0 } ?? "?"))

        // A change made now waits in the outbox, applied to the cached record.
        harness.app.submit(
            .update(typeID: "0-1", id: record.id, changes: ["jobtitle": "Offline editor"], base: record.updatedAt))
        try await harness.settle()
        #expect(harness.app.state.connection.pending == 1)
        #expect(harness.screen.contains("1 pending"), "\(harness.screen)")
        #expect(try cache.record(typeID: "0-1", id: record.id)?.record[property: "jobtitle"] == "Offline editor")

        // The server answers again: the probe notices, the outbox is sent, pending returns to 0.
        harness.server.setDropRate(0)
        try await Self.step(harness) { !$0.connection.isOffline && $0.connection.pending == 0 }
        #expect(!harness.app.state.connection.isOffline)
        #expect(harness.app.state.connection.pending == 0)
        let client = harness.client
        let onServer = try await client.record("0-1", id: record.id, properties: ["jobtitle"])
        #expect(onServer[property: "jobtitle"] == "Offline editor")
        #expect(!harness.screen.contains("OFFLINE"))
        // The rows shown from the cache while offline are read again behind them, without r (issue 16, item 11).
        try await Self.step(harness) { $0.activeList?.oldestCachedPage == nil }
        #expect(harness.app.state.activeList?.oldestCachedPage == nil, "still cached: \(harness.screen)")
        #expect(!harness.screen.contains("cached"), "\(harness.screen)")
        await harness.stop()
    }

    @Test("a change the server overtook stops replay and asks: both values shown, nothing sent until k keeps mine")
    func replayStopsAtAConflict() async throws {
        let (cache, directory) = try Self.makeCache()
        defer { try? FileManager.default.removeItem(at: directory) }
        let portal = Portal(seed: 42)
        // Someone else changes the record after this session loaded it, then the network goes.
        let (harness, record) = try await Self.browseThenLoseTheServer(portal: portal, cache: cache) { client, record in
            try await Task.sleep(for: .milliseconds(5))
            _ = try await client.updateRecord("0-1", id: record.id, properties: ["jobtitle": "Theirs"])
        }
        harness.app.submit(.update(typeID: "0-1", id: record.id, changes: ["jobtitle": "Mine"], base: record.updatedAt))
        try await harness.settle()
        #expect(harness.app.state.connection.pending == 1)
        let client = harness.client
        harness.server.setDropRate(0)

        try await Self.step(harness) { $0.outboxConflict != nil }
        #expect(harness.screen.contains("Changed on the server while you were offline"), "\(harness.screen)")
        #expect(
            harness.screen.contains("mine:   Mine") && harness.screen.contains("theirs: Theirs"), "\(harness.screen)")
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
        await harness.stop()
    }
}
