import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

/// The status line says each thing once and fits its line; Ctrl-u clears the `/` prompt (issue 16, item 10).
@Suite("The status line", .serialized)
struct StatusLineTests {
    /// The status line: the row above the footer.
    static func statusLine(_ harness: BrowserHarness) -> String {
        let lines = harness.canvas.textLines
        return lines[lines.count - 2]
    }

    @Test("a server search is named once, and Esc's hint fits")
    func searchNamedOnce() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.character("/"))
        try await harness.type("olivia")
        try await harness.press(.enter)
        let line = Self.statusLine(harness)
        #expect(line.components(separatedBy: "server search").count == 2, "once: \(line)")
        #expect(line.contains("Esc returns to the list"), "\(line)")
        await harness.stop()
    }

    @Test("Ctrl-u in / clears what was typed")
    func controlUClears() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.character("/"))
        try await harness.type("abc")
        try await harness.press(.control("u"))
        try await harness.type("zo")
        #expect(harness.app.state.filter?.text == "zo")
        await harness.stop()
    }

    @Test("a long query shows its end and the cursor while typed; searched, the message still fits")
    func longQueryFits() async throws {
        let harness = try await BrowserHarness.start(width: 100, height: 30)
        let query = String(repeating: "olivia williams ", count: 8) + "endmark"
        try await harness.press(.character("/"))
        try await harness.type(query)
        var line = Self.statusLine(harness)
        #expect(line.contains("endmark▏"), "the end being typed is in sight: \(line)")
        try await harness.press(.enter)
        line = Self.statusLine(harness)
        #expect(line.contains("…"), "the quoted query is elided: \(line)")
        #expect(line.contains("Esc returns"), "the message is not pushed off: \(line)")
        await harness.stop()
    }
}
