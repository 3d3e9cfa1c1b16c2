import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

@Suite("Create form, archive and read-only hints", .serialized)
struct CreateArchiveTests {
    /// Selects Tickets in the sidebar and focuses its list.
    private static func openTickets(_ harness: BrowserHarness) async throws {
        try await harness.press(.escape)
        let index = try #require(harness.app.state.registry.all.firstIndex { $0.id == "0-5" })
        for _ in 0..<(index - harness.app.state.sidebar.selected) { try await harness.press(.down) }
        try await harness.press(.enter)
        #expect(harness.app.state.selectedType.id == "0-5")
    }

    @Test(
        "n: the ticket form stars its required fields, Ctrl-s names what is missing, then creates it; d asks and archives it"
    )
    func createAndArchiveTicket() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        try await Self.openTickets(harness)
        try await harness.press(.character("n"))
        var screen = harness.screen
        #expect(screen.contains("New ticket"), "\(screen)")
        #expect(screen.contains("* Ticket name"), "required fields are starred: \(screen)")
        #expect(screen.contains("Support Pipeline"), "the pipeline is prefilled with the first one")
        let form = try #require(harness.app.state.detail)
        #expect(form.isNew && form.staged["hs_pipeline"] == "0" && form.staged["hs_pipeline_stage"] != nil)

        let before = harness.server.portal.count(of: "tickets")
        try await harness.press(.control("s"))
        #expect(harness.screen.contains("not created: Ticket name is required"), "\(harness.screen)")
        #expect(harness.app.state.detail?.errors["subject"] == "required")
        #expect(harness.server.portal.count(of: "tickets") == before, "nothing was sent")

        try await harness.selectProperty("subject")
        try await harness.press(.character("e"))
        try await harness.type("Printer on fire")
        try await harness.press(.enter, .control("s"))
        screen = harness.screen
        let created = try #require(
            harness.server.portal.records(of: "tickets")
                .first { ($0.properties["subject"] ?? nil) == "Printer on fire" }, "\(screen)")
        #expect(screen.contains("created Ticket \(created.id)"), "\(screen)")
        #expect(created.properties["hs_pipeline"] == "0")
        #expect(harness.app.state.detail?.record.id == created.id, "the new ticket opens")
        #expect(harness.app.state.activeList?.records.first?.id == created.id, "and heads the list")

        try await harness.press(.character("d"))
        #expect(harness.screen.contains("Archive ticket \"Printer on fire\" (\(created.id))?"), "\(harness.screen)")
        try await harness.press(.character("n"))
        #expect(harness.server.portal.records(of: "tickets").contains { $0.id == created.id }, "n keeps it")
        try await harness.press(.character("d"), .character("y"))
        #expect(harness.screen.contains("archived \(created.id)"), "\(harness.screen)")
        #expect(harness.server.portal.records(of: "tickets", archived: true).contains { $0.id == created.id })
        #expect(harness.app.state.activeList?.records.contains { $0.id == created.id } == false)
        await harness.stop()
    }

    @Test("n on a type's group in the graph creates a record of that type associated with the centre")
    func createFromGraphIsAssociated() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        try await harness.press(.enter, .character("a"))
        let contactID = try #require(harness.app.state.detail?.record.id)
        let graph = try #require(harness.app.state.graph)
        let index = try #require(
            graph.rows.firstIndex {
                if case .group(_, "0-2", _, _) = $0 { true } else { false }
            })
        for _ in 0..<index { try await harness.press(.down) }
        try await harness.press(.character("n"))
        #expect(harness.app.state.detail?.typeID == "0-2")
        #expect(harness.screen.contains("associated with"), "\(harness.screen)")
        try await harness.selectProperty("name")
        try await harness.press(.character("e"))
        try await harness.type("Acme Test Co")
        try await harness.press(.enter, .control("s"))
        let company = try #require(
            harness.server.portal.records(of: "companies")
                .first { ($0.properties["name"] ?? nil) == "Acme Test Co" }, "\(harness.screen)")
        let page = try await harness.client.associations(of: "0-2", id: company.id, to: "0-1")
        #expect(page.results.contains { $0.toObjectId == contactID }, "created with the association")
        await harness.stop()
    }

    @Test(
        "Esc leaves an untouched form at once and asks before dropping a filled one; the detail follows the list again")
    func escLeavesTheForm() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        try await harness.press(.character("n"))
        #expect(harness.app.state.detail?.isNew == true)
        try await harness.press(.escape)
        #expect(harness.app.state.detail?.isNew != true)
        #expect(harness.app.state.focus == .list)
        #expect(harness.app.state.detail?.record.id == harness.app.state.activeList?.selectedRecord?.id)
        try await harness.press(.character("n"), .character("e"))
        try await harness.type("new@example.com")
        try await harness.press(.enter, .escape)
        #expect(harness.screen.contains("drop the new record?"), "\(harness.screen)")
        try await harness.press(.character("k"))
        #expect(harness.app.state.detail?.staged["email"] == "new@example.com", "any key but y keeps editing")
        try await harness.press(.escape, .character("y"))
        #expect(harness.app.state.detail?.isNew != true)
        #expect(harness.screen.contains("dropped the new record"))
        await harness.stop()
    }

    @Test("read-only: every write key says why, and nothing reaches the server")
    func readOnlyHints() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40, readOnly: true)
        try await harness.press(.enter)
        let record = try #require(harness.app.state.detail?.record)
        let checks: [(Key, String)] = [
            (.character("e"), "read-only mode (--read-only): editing is off"),
            (.character("E"), "read-only mode (--read-only): editing is off"),
            (.control("s"), "read-only mode (--read-only): nothing is sent"),
            (.character("n"), "read-only mode (--read-only): creating is off"),
            (.character("d"), "read-only mode (--read-only): archiving is off"),
            (.character("u"), "read-only mode (--read-only): unpinning is disabled"),
        ]
        for (key, reason) in checks {
            try await harness.press(key)
            #expect(harness.screen.contains(reason), "\(key.displayName): \(harness.screen)")
            #expect(harness.app.state.picker == nil && harness.app.state.confirmation == nil)
        }
        try await harness.press(.character("a"), .character("+"))
        #expect(harness.screen.contains("read-only mode (--read-only): associations cannot be changed"))
        try await harness.press(.character("-"))
        #expect(harness.screen.contains("read-only mode (--read-only): associations cannot be changed"))
        try await harness.press(.escape, .character("p"), .enter)
        #expect(harness.screen.contains("read-only mode (--read-only): pinning is disabled"), "\(harness.screen)")
        let stored = try #require(harness.server.portal.records(of: "contacts").first { $0.id == record.id })
        #expect(stored.updatedAt == record.updatedAt, "the record did not change")
        await harness.stop()
    }
}
