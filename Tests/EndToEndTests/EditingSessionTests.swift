import Foundation
import HubSpot
import SpokeTestSupport
import Testing

/// The real binary editing a `spoke sandbox` in tmux, each change checked through the API; and the
/// same session losing its server, editing offline, and sending the edit when the server is back.
@Suite(
    "editing in tmux", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests")
)
struct EditingSessionTests {
    @Test("change a contact's email and a deal's stage; a duplicate email and a bad number change nothing")
    func editThroughTheUI() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        let client = sandbox.client
        let contacts = try await client.listRecords("contacts", ListQuery(limit: 2, properties: ["email"])).results
        let taken = try #require(contacts[1][property: "email"] ?? nil)

        try await tmux.type(sandbox.browseCommand())
        try await tmux.waitFor("list has rows") { $0.contains("rows 1–") && $0.contains("@") }
        try await tmux.send("Enter")
        try await tmux.waitFor("detail loaded") { $0.contains("updated 20") && $0.contains("Email") }

        // A duplicate email: the server's message, and the record keeps its own.
        try await tmux.selectDetailRow("Email")
        try await tmux.stage(taken)
        try await tmux.save()
        try await tmux.waitFor("Contact already exists")
        var onServer = try await client.record("contacts", id: contacts[0].id, properties: ["email"])
        #expect(onServer[property: "email"] == contacts[0][property: "email"])

        // A fresh email is saved.
        try await tmux.stage("edited.e2e@example.com")
        try await tmux.save()
        try await tmux.waitFor("saved 1 change(s)")
        onServer = try await client.record("contacts", id: contacts[0].id, properties: ["email"])
        #expect(onServer[property: "email"] == "edited.e2e@example.com")

        // Deals: the first deal's stage by its label, and an amount that is not a number.
        try await tmux.escape()
        try await tmux.escape()
        try await tmux.send("j")
        try await tmux.send("j")
        try await tmux.send("Enter")
        try await tmux.waitFor("deals listed") {
            $0.contains("Deals ·") && $0.contains("rows 1–") && $0.contains("Stage")
        }
        try await Task.sleep(for: .milliseconds(300))
        try await tmux.send("Enter")
        try await tmux.waitFor("deal loaded") { $0.contains("updated 20") && $0.contains("Deal Stage") }
        let dealID = try #require(try await client.listRecords("deals", ListQuery(limit: 1)).results.first?.id)
        try await tmux.selectDetailRow("Amount")
        try await tmux.stage("12x")
        try await tmux.waitFor("Amount takes a number, not \"12x\"")
        try await tmux.escape()
        try await selectDetailRowFromTop("Deal Stage", in: tmux)
        try await tmux.stage("Closed won")
        try await tmux.save()
        try await tmux.waitFor("saved 1 change(s)")
        let deal = try await client.record("deals", id: dealID, properties: ["dealstage", "amount"])
        #expect(deal[property: "dealstage"] == "closedwon")
        #expect(deal[property: "amount"] != "12x")

        // q with a staged edit asks first (issue 16, item 2): any other key keeps editing, y quits.
        try await selectDetailRowFromTop("Amount", in: tmux)
        try await tmux.stage("4321")
        try await tmux.waitFor("1 staged")
        try await tmux.send("q")
        try await tmux.waitFor("Quit and drop 1 staged edit(s)?")
        try await tmux.send("n")
        try await tmux.waitFor("kept the staged edits")
        try await tmux.send("q")
        try await tmux.waitFor("Quit and drop 1 staged edit(s)?")
        try await tmux.send("y")
        try await tmux.waitFor("EXIT=0")
        try await sandbox.stop()
    }

    /// Goes to the first row (g), then down to `label`.
    private func selectDetailRowFromTop(_ label: String, in tmux: Tmux) async throws {
        try await tmux.send("g")
        try await Task.sleep(for: .milliseconds(200))
        try await tmux.selectDetailRow(label)
    }

    @Test("stop the sandbox: the banner shows, browsing goes on, an edit waits; restart it: the edit arrives")
    func offlineEditReachesTheServer() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        var sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        let first = try #require(try await sandbox.client.listRecords("contacts", ListQuery(limit: 1)).results.first)

        try await tmux.type(sandbox.browseCommand())
        try await tmux.waitFor("list has rows") { $0.contains("rows 1–") && $0.contains("@") && $0.contains("live") }
        try await tmux.send("Enter")
        try await tmux.waitFor("detail loaded") { $0.contains("updated 20") && $0.contains("Job Title") }

        try await sandbox.stop()
        try await tmux.send("r")
        try await tmux.waitFor("OFFLINE: showing cached data", timeout: .seconds(30))
        try await selectDetailRowFromTop("Job Title", in: tmux)
        try await tmux.stage("Offline title")
        try await tmux.save()
        let queued = try await tmux.waitFor("saved locally, 1 pending")
        #expect(queued.contains("1 pending"))
        // Browsing goes on from the cache.
        try await tmux.escape()
        try await tmux.send("j")
        try await tmux.waitFor("rows 1–")

        try await sandbox.start()
        try await tmux.waitFor("back online, outbox sent", timeout: .seconds(60)) {
            !$0.contains("OFFLINE") && !$0.contains("pending")
        }
        let onServer = try await sandbox.client.record("contacts", id: first.id, properties: ["jobtitle"])
        #expect(onServer[property: "jobtitle"] == "Offline title")

        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await sandbox.stop()
    }
}
