import Foundation
import HubSpot
import SpokeTestSupport
import Testing

/// Records whose values carry terminal escape sequences, seeded through the API and browsed by the real
/// binary under `script`: every byte that reached the pty is checked for the sequences themselves.
@Suite(
    "hostile data reaches the terminal inert", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct HostileDataSessionTests {
    /// What must never reach the terminal as such: OSC 52 (clipboard), OSC 0 (window title), a C1 CSI,
    /// a bidi override, a zero-width space, BEL.
    private static let forbidden: [(String, [UInt8])] = [
        ("OSC 52", Array("\u{1b}]52".utf8)), ("OSC 0 title", Array("\u{1b}]0;".utf8)),
        ("C1 CSI", Array("\u{9b}".utf8)), ("bidi override", Array("\u{202E}".utf8)),
        ("zero-width space", Array("\u{200B}".utf8)), ("BEL", [0x07]),
    ]

    @Test("escape sequences, C1 controls, bidi overrides and zero-width characters in a record are shown inert")
    func hostileRecord() async throws {
        let spoke = try #require(SpokeBinary.path, "the spoke binary was not built beside the tests")
        let tmux = try await Tmux(width: 160, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: spoke)
        defer { sandbox.remove() }
        let record = try await sandbox.client.createRecord(
            "contacts",
            properties: [
                "email": "hostile.e2e@example.com",
                "firstname": "Hack\u{1b}]52;c;cHduZWQ=\u{07}er",
                "lastname": "Title\u{1b}]0;pwned\u{07}\u{9b}31mRed",
                "jobtitle": "\u{202E}evil\u{200B}zw\u{1b}[2J",
            ])
        let typescript = sandbox.folder + "/typescript"
        // script(1) records every byte written to the pty Spoke draws on.
        try await tmux.type("script -q -f -c '\(sandbox.spokeCommand())' \(typescript); echo EXIT=$?")
        try await tmux.waitFor("list has rows") { $0.contains("rows 1–") && $0.contains("@") }
        try await tmux.send("/")
        try await tmux.send("hostile.e2e@example.com", literal: true)
        try await tmux.send("Enter")
        try await tmux.waitFor(": 1 found")
        try await tmux.send("Enter")
        let screen = try await tmux.waitFor("the record opened") {
            $0.contains("Job Title") && $0.contains("updated 20")
        }
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")

        // Visible and inert on screen: caret notation for C0, <U+XXXX> for the invisible ones.
        #expect(screen.contains("Hack^[]52;c;cHduZWQ=^Ger"), "\(screen)")
        #expect(screen.contains("<U+202E>evil<U+200B>zw^[[2J"), "\(screen)")
        #expect(screen.contains("Title^[]0;pwned^G<U+009B>"), "\(screen)")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: typescript)))
        #expect(bytes.count > 1_000, "the typescript holds the session")
        for (name, sequence) in Self.forbidden {
            #expect(!contains(bytes, sequence), "\(name) reached the terminal")
        }
        #expect(!record.id.isEmpty)
        try await sandbox.stop()
    }

    private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start] == needle[0] && Array(haystack[start..<(start + needle.count)]) == needle
        }
    }
}
