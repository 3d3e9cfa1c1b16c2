import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// Issue 15, item 1: a create whose answer was lost, and that replay could not find on HubSpot for sure (two
/// records match it), is put to the person: it was created (which id), send it again, or drop it. Nothing
/// is sent again unasked.
@Suite("Creates of unknown fate in the browser", .serialized)
struct UnknownCreateScreenTests {
    /// A browser whose cache holds a create sent an hour ago whose answer was lost, on a sandbox holding two
    /// companies that match it: replay at start-up cannot tell which (if either) is ours.
    private static func start() async throws -> (BrowserHarness, CRMCache, URL, name: String, matches: [String]) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-unknown-\(UUID().uuidString.prefix(8))")
        let cache = try CRMCache(directory: directory, portalKey: "test")
        let name = "Twin \(UUID().uuidString.prefix(6))"
        try cache.enqueue(
            .create(
                typeID: "0-2", temporaryID: PendingChange.makeTemporaryID(), properties: ["name": name],
                associations: []),
            sentAt: Date().addingTimeInterval(-3600))
        var matches: [String] = []
        let harness = try await BrowserHarness.start(width: 100, height: 30, cache: cache) { portal in
            matches = (0..<2).map { _ in portal.insert("companies", properties: ["name": name]).id }
        }
        try await step(harness) { $0.outboxConflict != nil }
        return (harness, cache, directory, name, matches)
    }

    /// Steps the app until `done` holds, or 30 s pass.
    private static func step(_ harness: BrowserHarness, until done: (BrowserState) -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline, !done(harness.app.state) {
            try await Task.sleep(for: .milliseconds(20))
            harness.app.step(timeoutMilliseconds: 0)
        }
        try await harness.settle()
    }

    private static func companies(named name: String, _ harness: BrowserHarness) -> Int {
        harness.server.portal.records(of: "0-2").filter { $0.properties["name"] == name }.count
    }

    @Test("the question names the create, its values and the matches; c and an id adopt that record")
    func createdAsGivenID() async throws {
        let (harness, cache, directory, name, matches) = try await Self.start()
        defer { try? FileManager.default.removeItem(at: directory) }
        let screen = harness.screen
        #expect(screen.contains("Sent, but no answer came back"), "\(screen)")
        #expect(screen.contains("name: \(name)"), "\(screen)")
        #expect(screen.contains(matches[0]) && screen.contains(matches[1]), "the matches are named: \(screen)")
        #expect(screen.contains("c it was created") && screen.contains("s send it again"), "\(screen)")

        try await harness.press(.character("c"))
        #expect(harness.screen.contains("The company's id on HubSpot (#1):"), "\(harness.screen)")
        try await harness.type("12x")
        try await harness.press(.enter)
        #expect(harness.screen.contains("a HubSpot record id is a number, not \"12x\""), "\(harness.screen)")
        try await harness.press(.control("u"))
        try await harness.type(matches[1])
        try await harness.press(.enter)
        try await Self.step(harness) { _ in (try? cache.pendingCount()) == 0 }

        #expect(try cache.pendingCount() == 0)
        #expect(try cache.record(typeID: "0-2", id: matches[1])?.isLocalOnly == false, "adopted under its real id")
        #expect(Self.companies(named: name, harness) == 2, "nothing was sent again")
        #expect(harness.screen.contains("is record \(matches[1]) on HubSpot"), "\(harness.screen)")
        await harness.stop()
    }

    @Test("s sends the create again; d drops it with its local record; another key leaves it, unsent")
    func sendAgainDropOrLater() async throws {
        var (harness, cache, directory, name, _) = try await Self.start()
        #expect(Self.companies(named: name, harness) == 2)
        try await harness.press(.character("x"))
        #expect(harness.app.state.outboxConflict == nil)
        #expect(harness.screen.contains("asked again next time"), "\(harness.screen)")
        #expect(try cache.pendingChanges().first?.state == .unknown, "still waiting, unsent")
        #expect(Self.companies(named: name, harness) == 2)
        await harness.stop()
        try? FileManager.default.removeItem(at: directory)

        (harness, cache, directory, name, _) = try await Self.start()
        try await harness.press(.character("s"))
        try await Self.step(harness) { _ in (try? cache.pendingCount()) == 0 }
        #expect(Self.companies(named: name, harness) == 3, "sent again, as asked")
        await harness.stop()
        try? FileManager.default.removeItem(at: directory)

        (harness, cache, directory, name, _) = try await Self.start()
        let temporaryID = try #require(try cache.pendingChanges().first?.change.recordID)
        try await harness.press(.character("d"))
        try await Self.step(harness) { _ in (try? cache.pendingCount()) == 0 }
        #expect(try cache.record(typeID: "0-2", id: temporaryID) == nil, "the local stand-in is gone")
        #expect(Self.companies(named: name, harness) == 2, "nothing sent")
        await harness.stop()
        try? FileManager.default.removeItem(at: directory)
    }
}
