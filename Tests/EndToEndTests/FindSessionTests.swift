import Foundation
import HubSpot
import SpokeTestSupport
import Testing

/// Finding your way in the real binary against a `spoke sandbox` in tmux: the palette and server search.
@Suite(
    "palette and search in tmux", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct FindSessionTests {
    @Test("? shows every key with why one is unavailable; :deals jumps to the deals list; :q quits")
    func paletteJumps() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        try await sandbox.browse()
        try await tmux.send("?")
        let help = try await tmux.waitFor("help") { $0.contains("Keys") && $0.contains("page down") }
        #expect(help.contains("(unavailable:"), "a disabled key says why:\n\(help)")
        try await tmux.send("Escape")
        try await tmux.waitFor("help closed") { !$0.contains("page down") }
        try await tmux.send(":")
        try await tmux.waitFor("Go to, or do")
        try await tmux.send("deals", literal: true)
        try await tmux.send("Enter")
        try await tmux.waitFor("deals listed") {
            $0.contains("Deals ·") && $0.contains("rows 1–") && $0.contains("Stage")
        }
        try await tmux.send(":")
        try await tmux.waitFor("Go to, or do")
        try await tmux.send("q")
        try await tmux.send("Enter")
        try await tmux.waitFor("EXIT=0")
        try await sandbox.stop()
    }

    @Test("/ then an email and Enter finds that contact through HubSpot search, beyond the loaded rows")
    func serverSearchByEmail() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        // A contact on the third page: not among the rows the list has loaded.
        let first = try await sandbox.client.listRecords("contacts", ListQuery(limit: 100, properties: ["email"]))
        let second = try await sandbox.client.listRecords("contacts", ListQuery(limit: 100, after: first.nextAfter))
        let third = try await sandbox.client.listRecords(
            "contacts",
            ListQuery(
                limit: 100, after: second.nextAfter,
                properties: ["email"]))
        let target = try #require(third.results.first)
        let email = try #require(target[property: "email"] ?? nil)
        try await sandbox.browse()
        try await tmux.send("/")
        try await tmux.send(email, literal: true)
        try await tmux.waitFor("local filter: 0 match")
        try await tmux.send("Enter")
        let screen = try await tmux.waitFor("server search \"\(email)\": 1 found")
        #expect(screen.contains(String(email.prefix(12))))
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await sandbox.stop()
    }
}
