import Foundation
import SpokeTestSupport
import Testing

/// The config file as a person uses it: remapped keys, profiles against a sandbox on a port.
@Suite(
    "spoke config in tmux", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct ConfigSessionTests {
    private func writeConfig(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "spoke-config-\(UUID().uuidString).toml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// `spoke sandbox` on a free port in a tmux window of its own (Ctrl-c stops it), and its address.
    private func sandboxOnAPort(_ options: String = "") async throws -> (Tmux, String) {
        let server = try await Tmux(width: 120, height: 10)
        try await server.type("\(try SpokeBinary.required()) sandbox --port 0 \(options)")
        let listening = try await server.waitFor("listening on http://127.0.0.1:")
        let line = try #require(listening.split(separator: "\n").first { $0.hasPrefix("listening on ") })
        return (server, String(line.dropFirst("listening on ".count)).trimmingCharacters(in: .whitespaces))
    }

    @Test("a key remapped in the config works, the old key no longer does, and a bad entry is named with its line")
    func remappedKey() async throws {
        let config = try writeConfig(
            """
            [profiles.demo]
            demo = true

            [keys]
            quit = "x"
            nosuch = "z"
            """)
        defer { unlink(config) }
        let tmux = try await Tmux(width: 160, height: 30)
        try await tmux.type("\(try SpokeBinary.required()) --config \(config) --profile demo; echo EXIT=$?")
        let screen = try await tmux.waitFor("rows 1–")
        #expect(screen.contains("x quit"), "the footer shows the remapped key:\n\(screen)")
        #expect(screen.contains(":6: keys.nosuch: unknown action"), "the bad entry is named:\n\(screen)")
        try await tmux.send("q")
        try await Task.sleep(for: .milliseconds(500))
        #expect(!(try await tmux.capture()).contains("EXIT="), "q no longer quits")
        try await tmux.send("x")
        try await tmux.waitFor("EXIT=0")
    }

    @Test(
        "several problems at start are listed whole in a scrollable box, each with its line; Esc closes it (issue 16, item 8)"
    )
    func everyProblemListed() async throws {
        let config = try writeConfig(
            """
            mouse = "sometimes"

            [profiles.demo]
            demo = true

            [keys]
            nosuch = "z"
            refresh = "Ctrl-nothing-like-a-key"
            """)
        defer { unlink(config) }
        let tmux = try await Tmux(width: 100, height: 30)
        try await tmux.type("\(try SpokeBinary.required()) --config \(config) --profile demo; echo EXIT=$?")
        var screen = try await tmux.waitFor("the problems box") { $0.contains("problems at start") && $0.contains("•") }
        for line in [":1: mouse: must be true or", ":7: keys.nosuch: unknown action", ":8: keys.refresh: unknown key"] {
            #expect(screen.contains(line), "\(line) is listed:\n\(screen)")
        }
        #expect(screen.contains("spoke doctor lists them too"))
        try await tmux.send("Escape")
        screen = try await tmux.waitFor("Esc to close the box") { $0.contains("rows 1–") && !$0.contains("•") }
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
    }

    @Test("mouse = true: a click (as the terminal reports it) selects the row under it; columns come from [columns]")
    func mouseAndColumns() async throws {
        let config = try writeConfig(
            """
            mouse = true

            [columns]
            contacts = ["jobtitle"]
            """)
        defer { unlink(config) }
        let tmux = try await Tmux(width: 120, height: 40)
        try await tmux.type("\(try SpokeBinary.required()) --config \(config) --no-cache; echo EXIT=$?")
        var screen = try await tmux.waitFor("rows 1–")
        #expect(screen.contains("Job Title"), "the configured column:\n\(screen)")
        #expect(screen.contains("Contact 101"))
        // The list's sixth row is on screen line 8; tmux's terminal reports a left press there as X10 `ESC [ M` with
        // button 0 and column/line + 33 (ncurses asked for the mouse because of the config).
        let column = Character(Unicode.Scalar(UInt8(29 + 33)))
        let line = Character(Unicode.Scalar(UInt8(8 + 33)))
        try await tmux.send("\u{1B}[M \(column)\(line)", literal: true)
        screen = try await tmux.waitFor("Contact 106")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
    }

    @Test(
        "the README's example config plus --base-url and a token browses that portal, not the demo (issue 16, item 1)")
    func optionsWinOverTheExampleConfig() async throws {
        let (server, url) = try await sandboxOnAPort("--token readme-token")
        // README.md's example, as a user copies it.
        let config = try writeConfig(try ReadmeConfigExample.text())
        defer { unlink(config) }
        let tmux = try await Tmux(width: 140, height: 30)
        try await tmux.type(
            "HUBSPOT_ACCESS_TOKEN=readme-token \(try SpokeBinary.required()) --config \(config) --base-url \(url) "
                + "--no-cache; echo EXIT=$?")
        let screen = try await tmux.waitFor("rows 1–")
        #expect(screen.contains(url), "the header shows the given address:\n\(screen)")
        #expect(screen.contains("LIVE") && !screen.contains("DEMO"), "\(screen)")
        #expect(!screen.contains("profile demo"), "the default profile did not choose this portal:\n\(screen)")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await server.send("C-c")
    }

    @Test("--profile picks a profile: the browser talks to a sandbox spawned on a port, in the profile's theme")
    func profilePicksSandbox() async throws {
        let (server, url) = try await sandboxOnAPort()
        let config = try writeConfig(
            """
            default_profile = "demo"

            [profiles.demo]
            demo = true

            [profiles.local]
            portal = "local sandbox"
            base_url = "\(url)"
            theme = "light"
            read_only = true
            """)
        defer { unlink(config) }
        let tmux = try await Tmux(width: 140, height: 30)
        try await tmux.type("\(try SpokeBinary.required()) --config \(config) --profile local; echo EXIT=$?")
        let screen = try await tmux.waitFor("rows 1–")
        #expect(screen.contains(url), "the header shows the profile's address:\n\(screen)")
        #expect(screen.contains("profile local · "), "the header names the profile:\n\(screen)")
        #expect(screen.contains("LIVE") && !screen.contains("DEMO"), "\(screen)")
        #expect(!screen.contains("not found"), "the profile's theme loads")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await server.send("C-c")
    }
}
