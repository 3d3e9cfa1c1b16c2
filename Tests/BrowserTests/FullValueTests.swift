import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// Values read whole (issue 16, item 4): the focused record pane's room, the selected value wrapped under
/// the rows, the full-value view (`z`), and the save diff wrapped instead of cut.
@Suite("Values read whole", .serialized)
struct FullValueTests {
    /// A job title longer than any pane: what a person checks before saving must be readable to its end.
    static let longTitle =
        "Head of regional partnerships for the northern territories, the outlying islands and every harbour "
        + "town along the coast, reporting weekly to the board on signed agreements and the pipeline behind them"

    /// The text of columns `x..<x+width` of every screen line, trimmed and joined with single spaces: a
    /// wrapped value reads as one line again.
    static func text(_ screen: String, x: Int, width: Int) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let cells = Array(line)
            guard x < cells.count else { return "" }
            return String(cells[x..<min(cells.count, x + width)])
        }
        .joined(separator: " ")
        .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The detail pane's inside, as text.
    static func detailText(_ harness: BrowserHarness) throws -> String {
        let rect = try #require(harness.app.state.layout.detail)
        return text(harness.screen, x: rect.x + 1, width: rect.width - 2)
    }

    @Test("at 120×40 the focused record pane shows a staged long value whole, old → new")
    func stagedLongValueWhole() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.enter)
        let old = (harness.app.state.detail?.record[property: "jobtitle"] ?? nil) ?? ""
        try await harness.edit("jobtitle", to: Self.longTitle)
        let rect = try #require(harness.app.state.layout.detail)
        #expect(rect.width > 60, "the focused record pane takes the room: \(rect.width) columns")
        let pane = try Self.detailText(harness)
        #expect(pane.contains("\(old.isEmpty ? "(empty)" : old) → \(Self.longTitle)"), "\(harness.screen)")
        await harness.stop()
    }

    @Test("the save diff wraps a long staged value instead of cutting it")
    func saveDiffWraps() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.enter)
        let long = Self.longTitle + " " + Self.longTitle.uppercased()
        try await harness.edit("jobtitle", to: long)
        try await harness.press(.control("s"))
        #expect(harness.screen.contains("Save these changes?"))
        let box = Self.text(harness.screen, x: 3, width: 114)
        #expect(box.contains(long), "\(harness.screen)")
        await harness.stop()
    }

    @Test("z shows a note's body whole as text: paragraphs kept, markup gone, scrollable; Esc closes")
    func noteBodyAsText() async throws {
        let body =
            "<p>Zebracorn call: " + Self.longTitle + ".</p><p>Second paragraph &amp; <b>bold</b> follow-up</p>"
        let harness = try await BrowserHarness.start(width: 120, height: 40) { portal in
            portal.insert("notes", properties: ["hs_note_body": body, "hs_timestamp": "2031-01-05T10:00:00.000Z"])
        }
        try await harness.press(.character(":"))
        try await harness.type("notes")
        try await harness.press(.enter, .character("/"))
        try await harness.type("zebracorn")
        // Beyond the loaded rows: Enter searches HubSpot, Enter opens the one found.
        try await harness.press(.enter, .enter)
        #expect(harness.app.state.detail?.phase == .loaded, "\(harness.screen)")
        try await harness.selectProperty("hs_note_body")
        try await harness.press(.character("z"))
        let screen = harness.screen
        #expect(screen.contains("Note body"), "\(screen)")
        let box = Self.text(screen, x: 11, width: 98)
        #expect(box.contains("Zebracorn call: " + Self.longTitle + "."), "\(screen)")
        #expect(screen.contains(" Second paragraph & bold follow-up"), "its own line: \(screen)")
        #expect(!screen.contains("<p>") && !screen.contains("&amp;"))
        try await harness.press(.escape)
        #expect(!harness.screen.contains("Second paragraph & bold follow-up"))
        await harness.stop()
    }

    @Test("z on a group heading says why it does nothing")
    func zOnHeading() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.enter, .character("g"), .character("z"))
        #expect(harness.screen.contains("is a group heading"), "\(harness.screen)")
        await harness.stop()
    }
}
