import Foundation
import HubSpot
import SpokeTestSupport
import Testing

/// The real binary against a `spoke sandbox` in tmux: pin and unpin an activity, add and remove an
/// association from the graph, create a ticket and archive it; each checked through the API.
@Suite(
    "pins, associations, create and archive in tmux", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct GraphPinCreateSessionTests {
    /// Esc, then a pause: a key sent right after it would reach ncurses as an Alt combination.
    private func escape(_ tmux: Tmux) async throws {
        try await tmux.send("Escape")
        try await Task.sleep(for: .milliseconds(300))
    }

    /// Opens the first contact of the sandbox in the detail pane.
    private func openFirstContact(_ tmux: Tmux, _ sandbox: SandboxWindow) async throws -> CRMRecord {
        let first = try #require(try await sandbox.client.listRecords("contacts", ListQuery(limit: 1)).results.first)
        try await sandbox.browse()
        try await tmux.send("Enter")
        try await tmux.waitFor("detail loaded") { $0.contains("updated 20") && $0.contains("Email") }
        return first
    }

    @Test("p pins the newest associated activity (checked through the API) and the record shows it; u unpins")
    func pinAndUnpin() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        let contact = try await openFirstContact(tmux, sandbox)
        var associated: Set<String> = []
        for type in ["calls", "emails", "meetings", "notes", "tasks", "communications", "postal_mail"] {
            associated.formUnion(
                try await sandbox.client.associations(of: "contacts", id: contact.id, to: type)
                    .results.map(\.toObjectId))
        }
        #expect(!associated.isEmpty, "the demo contact has activities")

        try await tmux.send("p")
        try await tmux.waitFor("· * pinned · Enter pins")
        try await tmux.send("Enter")
        try await tmux.waitFor("pinned activity")
        var stored = try await sandbox.client.record(
            "contacts", id: contact.id, properties: ["hs_pinned_engagement_id"])
        let pinned = try #require(stored[property: "hs_pinned_engagement_id"] ?? nil)
        #expect(associated.contains(pinned), "an associated activity was pinned")
        try await escape(tmux)
        try await tmux.waitFor(" Pinned ")

        try await tmux.send("u")
        try await tmux.waitFor("unpinned")
        stored = try await sandbox.client.record("contacts", id: contact.id, properties: ["hs_pinned_engagement_id"])
        #expect(((stored[property: "hs_pinned_engagement_id"] ?? nil) ?? "").isEmpty)
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await sandbox.stop()
    }

    @Test("a, then + associates a deal found by search; - and y remove it; both checked through the v4 API")
    func addAndRemoveAssociation() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        let contact = try await openFirstContact(tmux, sandbox)
        let client = sandbox.client
        let linked = Set(
            try await client.associations(of: "contacts", id: contact.id, to: "deals").results.map(\.toObjectId))
        let deals = try await client.listRecords("deals", ListQuery(limit: 100, properties: ["dealname"])).results
        let deal = try #require(deals.first { !linked.contains($0.id) })
        let dealName = try #require(deal[property: "dealname"] ?? nil)

        try await tmux.send("a")
        try await tmux.waitFor("◉ Contact:")
        try await tmux.send("+")
        try await tmux.waitFor("Associate ")
        try await tmux.send("deal", literal: true)
        try await tmux.send("Enter")
        try await tmux.waitFor("Enter searches")
        try await tmux.send(deal.id, literal: true)
        try await tmux.send("Enter")
        try await tmux.waitFor("search found the deal") { $0.contains(String(dealName.prefix(20))) }
        try await tmux.send("Enter")
        try await tmux.waitFor("(no label: the default association)")
        try await tmux.send("Enter")
        try await tmux.waitFor("associated \(deal.id)")
        let after = try await client.associations(of: "contacts", id: contact.id, to: "deals")
        #expect(after.results.contains { $0.toObjectId == deal.id })

        // The selection is still on the centre (the top row): step down to the deal's row.
        let screen = try await tmux.waitFor("(\(deal.id))")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let top = try #require(lines.firstIndex { $0.contains("◉ Contact:") })
        let row = try #require(lines.firstIndex { $0.contains("(\(deal.id))") })
        for _ in 0..<(row - top) { try await tmux.send("j") }
        try await tmux.send("-")
        try await tmux.waitFor("Remove every association between")
        try await tmux.send("y")
        try await tmux.waitFor("removed the association with \(deal.id)")
        let removed = try await client.associations(of: "contacts", id: contact.id, to: "deals")
        #expect(!removed.results.contains { $0.toObjectId == deal.id })
        #expect(!dealName.isEmpty)
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await sandbox.stop()
    }

    @Test("n creates a ticket with its required properties; d asks, naming it, and archives it")
    func createAndArchiveTicket() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        try await sandbox.browse()
        try await escape(tmux)
        for _ in 0..<3 { try await tmux.send("j") }
        try await tmux.send("Enter")
        try await tmux.waitFor("tickets listed") { $0.contains("Tickets ·") && $0.contains("rows 1–") }
        try await tmux.send("n")
        try await tmux.waitFor("New ticket")
        try await tmux.waitFor("* Ticket name")
        try await tmux.waitFor("Support Pipeline")
        try await tmux.send("C-s")
        try await tmux.waitFor("not created: Ticket name is required")
        try await tmux.send("e")
        try await tmux.waitFor("Enter stages")
        try await tmux.send("E2E printer on fire", literal: true)
        try await tmux.send("Enter")
        try await tmux.send("C-s")
        let screen = try await tmux.waitFor("created Ticket ")
        let id = try #require(screen.firstMatch(of: /created Ticket (\d+)/).map { String($0.1) })
        let created = try await sandbox.client.record(
            "tickets", id: id,
            properties: ["subject", "hs_pipeline", "hs_pipeline_stage"])
        #expect(created[property: "subject"] == "E2E printer on fire")
        #expect(!(((created[property: "hs_pipeline_stage"] ?? nil) ?? "").isEmpty))

        try await tmux.send("d")
        try await tmux.waitFor("Archive ticket \"E2E printer on fire\" (\(id))?")
        try await tmux.send("y")
        try await tmux.waitFor("archived \(id)")
        await #expect(throws: HubSpotError.self) {
            _ = try await sandbox.client.record("tickets", id: id)
        }
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await sandbox.stop()
    }
}
