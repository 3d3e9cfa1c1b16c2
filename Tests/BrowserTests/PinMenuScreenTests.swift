import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

@Suite("Pin-activity menu", .serialized)
struct PinMenuScreenTests {
    /// Three notes on the first contact, dated after every seeded activity, the newest in HTML.
    private static func seed(_ portal: Portal) {
        guard let contact = portal.records(of: "contacts").first else { return }
        for (day, body) in [
            ("2031-01-05", "Oldest note"), ("2031-03-01", "<p>Newest &amp; <b>bold</b></p>"),
            ("2031-02-10", "Middle note"),
        ] {
            portal.insert(
                "notes", properties: ["hs_note_body": body, "hs_timestamp": "\(day)T10:00:00.000Z"],
                associations: [(toType: "contacts", toId: contact.id)])
        }
    }

    private static func contactID(_ harness: BrowserHarness) -> String? {
        harness.server.portal.records(of: "contacts").first?.id
    }

    /// Opens the first contact and its pin menu.
    private static func openMenu(readOnly: Bool = false) async throws -> BrowserHarness {
        let harness = try await BrowserHarness.start(width: 120, height: 30, readOnly: readOnly, prepare: seed)
        try await harness.press(.enter, .character("p"))
        return harness
    }

    @Test("newest first, HTML stripped; Enter pins through the API, the record view shows it, u unpins")
    func pinAndUnpin() async throws {
        let harness = try await Self.openMenu()
        let screen = harness.screen
        let newest = try #require(screen.range(of: "Newest & bold"))
        let middle = try #require(screen.range(of: "Middle note"))
        let oldest = try #require(screen.range(of: "Oldest note"))
        #expect(newest.lowerBound < middle.lowerBound && middle.lowerBound < oldest.lowerBound)
        #expect(screen.contains("2031-03-01 10:00"))
        #expect(!screen.contains("<p>"))
        let id = try #require(Self.contactID(harness))
        let newestID = try #require(harness.app.state.pins?.items.first?.id)

        try await harness.press(.enter)
        #expect(harness.screen.contains("* Note"), "the pinned row is marked")
        let stored = harness.server.portal.records(of: "contacts").first { $0.id == id }
        #expect(stored?.properties["hs_pinned_engagement_id"] == newestID)
        try await harness.press(.escape)
        #expect(harness.screen.contains("Pinned note · 2031-03-01 10:00 · Newe"))

        try await harness.press(.character("p"), .character("u"))
        let after = harness.server.portal.records(of: "contacts").first { $0.id == id }
        #expect((after?.properties["hs_pinned_engagement_id"] ?? nil).map { $0.isEmpty } ?? true)
        try await harness.press(.escape)
        #expect(!harness.screen.contains("Pinned note"))
        await harness.stop()
    }

    @Test("u acts on the open record only: after moving on from a pinned record, it unpins nothing")
    func unpinOnlyTheOpenRecord() async throws {
        let harness = try await Self.openMenu()
        let id = try #require(Self.contactID(harness))
        try await harness.press(.enter, .escape, .escape)
        let pinned =
            harness.server.portal.records(of: "contacts").first { $0.id == id }?.properties["hs_pinned_engagement_id"]
            ?? nil
        #expect(pinned != nil, "the first contact has a pin")
        try await harness.press(.down)
        #expect(harness.app.state.detail?.record.id != id)
        try await harness.press(.character("u"))
        #expect(harness.screen.contains("no activity is pinned on this record"), "\(harness.screen)")
        let after =
            harness.server.portal.records(of: "contacts").first { $0.id == id }?.properties["hs_pinned_engagement_id"]
            ?? nil
        #expect(after == pinned, "the first contact keeps its pin")
        await harness.stop()
    }

    @Test("read-only: Enter and u say why and nothing is written")
    func readOnlyHints() async throws {
        let harness = try await Self.openMenu(readOnly: true)
        try await harness.press(.enter)
        #expect(harness.screen.contains("read-only mode (--read-only): pinning is disabled"))
        try await harness.press(.character("u"))
        #expect(harness.screen.contains("read-only mode (--read-only): unpinning is disabled"))
        let id = try #require(Self.contactID(harness))
        let stored = harness.server.portal.records(of: "contacts").first { $0.id == id }
        #expect((stored?.properties["hs_pinned_engagement_id"] ?? nil) == nil)
        await harness.stop()
    }
}
