import Foundation
import HubSpot
import SpokeTestSupport
import Testing

/// The real binary at 120×40 in tmux: a staged long value read whole in the record pane, a note's body as
/// text in the full-value view (issue 16, item 4), and a bracketed paste into `/` (issue 15, item 7).
@Suite(
    "values and pastes in tmux", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct ValuesSessionTests {
    static let longTitle =
        "Head of regional partnerships for the northern territories, the outlying islands and every harbour "
        + "town along the coast, reporting weekly to the board"

    /// The record pane's text (right of the list's border), lines trimmed and joined by single spaces.
    static func detailText(_ screen: String) -> String {
        screen.split(separator: "\n").map { line in line.components(separatedBy: "││").last ?? "" }
            .joined(separator: " ").replacingOccurrences(of: "│", with: " ")
            .split(separator: " ").joined(separator: " ")
    }

    @Test("the record pane at 120×40 shows a staged long value whole; z shows a note's body as text")
    func readWhole() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        _ = try await sandbox.client.createRecord(
            "notes",
            properties: [
                "hs_timestamp": "2031-01-05T10:00:00.000Z",
                "hs_note_body": "<p>Quokkafest call: \(Self.longTitle).</p><p>Second paragraph &amp; <b>bold</b></p>",
            ])
        try await sandbox.browse()
        try await tmux.send("Enter")
        try await tmux.waitFor("record loaded") { $0.contains("updated 20") && $0.contains("Job Title") }
        try await tmux.selectDetailRow("Job Title")
        try await tmux.send("e")
        try await tmux.waitFor("Enter stages")
        try await tmux.send("C-u")
        try await tmux.send(Self.longTitle, literal: true)
        try await tmux.send("Enter")
        let staged = try await tmux.waitFor("the value whole") { Self.detailText($0).contains("(whole)") }
        #expect(Self.detailText(staged).contains("→ " + Self.longTitle), "\(staged)")

        // The save diff wraps the value too; y saves it.
        try await tmux.send("C-s")
        let diff = try await tmux.waitFor("Save these changes?")
        #expect(diff.contains("reporting weekly to the board"), "the diff is not cut: \(diff)")
        try await tmux.send("y")
        try await tmux.waitFor("saved 1 change")

        // The note, found by HubSpot's search among the notes, read whole with z.
        try await tmux.send("Escape")
        try await Task.sleep(for: .milliseconds(300))
        try await tmux.send(":")
        try await tmux.send("notes", literal: true)
        try await tmux.send("Enter")
        try await tmux.waitFor("notes list") { $0.contains("┌ Notes") && $0.contains("rows 1–") }
        try await tmux.send("/")
        try await tmux.send("quokkafest", literal: true)
        try await tmux.send("Enter")
        try await tmux.waitFor("server search \"quokkafest\": 1 found")
        try await tmux.send("Enter")
        try await tmux.waitFor("note loaded") { $0.contains("updated 20") && $0.contains("Note body") }
        try await tmux.selectDetailRow("Note body")
        try await tmux.send("z")
        let view = try await tmux.waitFor("Second paragraph & bold")
        #expect(view.contains("┌ Note body"), "\(view)")
        #expect(view.contains("│ Second paragraph & bold"), "its own line: \(view)")
        #expect(!view.contains("<p>") && !view.contains("&amp;"), "\(view)")
        let box = view.split(separator: "\n").compactMap { line -> String? in
            let cells = line.components(separatedBy: "│")
            return cells.count > 2 ? cells[cells.count - 2] : nil
        }.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(box.contains("Quokkafest call: \(Self.longTitle)."), "\(view)")
        try await tmux.send("Escape")
        try await Task.sleep(for: .milliseconds(300))
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=")
    }

    @Test("a 3,000-character bracketed paste into / arrives as one input, cut to 200 with a message")
    func pasteIntoFilter() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        let sandbox = try await SandboxWindow(tmux: tmux, spoke: try SpokeBinary.required())
        defer { sandbox.remove() }
        try await sandbox.browse()
        try await tmux.send("/")
        let words = String(repeating: "alpha bravo charlie delta echo ", count: 100)
        let clock = ContinuousClock()
        let started = clock.now
        try await tmux.paste(words)
        let screen = try await tmux.waitFor("The filter takes at most 200 characters")
        print("3,000-character bracketed paste into / in tmux, until the screen said so: \(clock.now - started)")
        #expect(screen.contains("/…"), "the end of the text in sight: \(screen)")
        try await tmux.send("Escape")
        try await Task.sleep(for: .milliseconds(300))
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=")
    }
}
