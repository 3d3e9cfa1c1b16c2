import Foundation
import SpokeTestSupport
import Testing

/// The real binary in tmux: what a person sees, and a sane terminal afterwards.
@Suite(
    "spoke in tmux", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct TerminalSessionTests {
    private func expectSane(_ flags: [String], after what: String) {
        #expect(flags.contains("echo"), "echo is off after \(what): \(flags)")
        #expect(flags.contains("icanon"), "icanon is off after \(what): \(flags)")
    }

    @Test("browse the demo portal: sidebar, rows, PgDn pages, Enter shows properties, q quits cleanly")
    func browseDemoPortal() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        try await tmux.type("\(try SpokeBinary.required()); echo EXIT=$?")
        let first = try await tmux.waitFor("rows 1–")
        for name in ["Contacts", "Companies", "Deals", "Tickets"] {
            #expect(first.contains(name), "sidebar lacks \(name):\n\(first)")
        }
        #expect(first.contains("DEMO"))
        try await tmux.waitFor("list has rows") { $0.contains("@") && $0.contains("of ≥ 100") }
        for _ in 0..<3 { try await tmux.send("NPage") }
        let paged = try await tmux.waitFor("of ≥ 200")
        #expect(paged.contains("rows "))
        try await tmux.send("Enter")
        let detail = try await tmux.waitFor("detail loaded") { $0.contains("updated 20") && $0.contains("Email") }
        #expect(detail.contains("Contact "))
        try await tmux.send("q")
        let after = try await tmux.waitFor("EXIT=0")
        #expect(!after.contains("Contacts"), "the screen was not restored:\n\(after)")
        expectSane(try await tmux.sttyFlags(), after: "q")
    }

    @Test("--log-file writes the session's requests (0600), without the token or any query string (issue 16, item 12)")
    func logFile() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let log = NSTemporaryDirectory() + "spoke-log-\(UUID().uuidString.prefix(8)).log"
        defer { unlink(log) }
        let token = "pat-na1-never-in-the-log"
        try await tmux.type(
            "HUBSPOT_ACCESS_TOKEN=\(token) \(try SpokeBinary.required()) --demo --no-cache --log-file \(log); echo EXIT=$?"
        )
        try await tmux.waitFor("list has rows") { $0.contains("rows 1–") && $0.contains("@") }
        try await tmux.send("Enter")
        try await tmux.waitFor("detail loaded") { $0.contains("updated 20") && $0.contains("Email") }
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("info session started") }, "\(text)")
        #expect(lines.contains { $0.contains("GET /crm/objects/2026-09/0-1 200 ") }, "the list's read: \(text)")
        #expect(lines.contains { $0.contains("GET /crm/objects/2026-09/0-1/") }, "the record's read: \(text)")
        #expect(!text.contains(token) && !text.contains("?"), "no token, no query string: \(text)")
        let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("/ filters the loaded rows as you type; Esc clears it")
    func slashFilters() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        try await tmux.type("\(try SpokeBinary.required()); echo EXIT=$?")
        try await tmux.waitFor("rows 1–")
        try await tmux.send("/")
        try await tmux.send("zoe", literal: true)
        let filtered = try await tmux.waitFor("the filtered list") {
            $0.contains("/zoe") && !$0.contains("Dmitri Schmidt")
        }
        #expect(filtered.contains("Zoë Nyström"))
        try await tmux.send("Escape")
        try await tmux.waitFor("Dmitri Schmidt")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
    }

    @Test("--theme light renders in its colours (and an unknown theme says so and falls back)")
    func themes() async throws {
        let tmux = try await Tmux(width: 120, height: 30)
        try await tmux.type("\(try SpokeBinary.required()) --theme light; echo EXIT=$?")
        let screen = try await tmux.waitFor("rows 1–")
        #expect(!screen.contains("not found"))
        // light.toml's status line is #262626 on #dadada: xterm 235 on 253 at 256 colours (default's is on 235).
        let styled = try await tmux.captureStyled()
        let statusLine = try #require(styled.split(separator: "\n").first { $0.contains("rows 1–") })
        #expect(statusLine.contains("\u{1B}[38;5;235m\u{1B}[48;5;253m"), "\(statusLine.debugDescription)")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await tmux.type("clear; \(try SpokeBinary.required()) --theme nosuch; echo EXIT=$?")
        try await tmux.waitFor("theme \"nosuch\" not found")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
    }

    @Test("a crash in a background task leaves the terminal sane, and still reports the crash")
    func crashRestoresTerminal() async throws {
        let tmux = try await Tmux(width: 100, height: 30)
        // SPOKE_TEST_CRASH makes a background task trap 300 ms after start; the backtracer must not wait for a key.
        try await tmux.type(
            "SWIFT_BACKTRACE=interactive=no SPOKE_TEST_CRASH=background \(try SpokeBinary.required()) --no-cache 2>/dev/null; "
                + "echo EXIT=$?")
        let screen = try await tmux.waitFor("EXIT=132")
        #expect(!screen.contains("Contacts ·"), "the alternate screen was left:\n\(screen)")
        expectSane(try await tmux.sttyFlags(), after: "a crash")
    }

    @Test("Ctrl-c, SIGTERM and SIGHUP each leave the terminal sane", arguments: ["C-c", "TERM", "HUP"])
    func signalsRestoreTerminal(how: String) async throws {
        let tmux = try await Tmux(width: 100, height: 30)
        try await tmux.type("\(try SpokeBinary.required()); echo EXIT=$?")
        try await tmux.waitFor("rows 1–")
        if how == "C-c" {
            try await tmux.send("C-c")
        } else {
            let pid = try #require(try await tmux.childPID(), "spoke is not running under the shell")
            kill(pid, how == "TERM" ? SIGTERM : SIGHUP)
        }
        let expected = ["C-c": 130, "TERM": 143, "HUP": 129][how]!
        try await tmux.waitFor("EXIT=\(expected)")
        expectSane(try await tmux.sttyFlags(), after: how)
    }

    @Test("spoke sandbox prints its address and serves the API")
    func sandboxCommand() async throws {
        let tmux = try await Tmux(width: 120, height: 20)
        try await tmux.type("\(try SpokeBinary.required()) sandbox --port 0")
        let screen = try await tmux.waitFor("listening on http://127.0.0.1:")
        let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("listening on ") })
        let url = try #require(URL(string: String(line.dropFirst("listening on ".count))))
        let data = try Data(contentsOf: url.appendingPathComponent("crm/v3/objects/contacts"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((json["results"] as? [Any])?.count == 10, "HubSpot's default limit is 10")
        try await tmux.send("C-c")
    }
}
