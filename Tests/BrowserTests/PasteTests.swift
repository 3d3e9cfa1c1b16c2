import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

/// Pasting into a prompt (issue 15, item 7): a bracketed paste is one input, the text is bounded with a
/// message, and matching is linear in the pattern. Times are printed, never asserted.
@Suite("Pasting into prompts", .serialized)
struct PasteTests {
    /// `count` characters of words, as a pasted paragraph would be.
    static func pasted(_ count: Int) -> String {
        let words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima "
        return String(String(repeating: words, count: count / words.count + 1).prefix(count))
    }

    @Test("a 3,000-character paste into / is one input, cut to 200 characters with a message")
    func pasteIntoFilter() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.character("/"))
        let clock = ContinuousClock()
        let elapsed = try await clock.measure { try await harness.press(.paste(Self.pasted(3_000))) }
        print(
            "paste of 3,000 characters into / over \(harness.app.state.activeList?.records.count ?? 0) rows: \(elapsed)"
        )
        #expect(harness.app.state.filter?.text.count == 200)
        #expect(harness.screen.contains("The filter takes at most 200 characters"), "\(harness.screen)")
        #expect(harness.app.state.filter?.isEditing == true, "the prompt stays open")
        await harness.stop()
    }

    @Test("typed keys past the bound (a terminal without bracketed paste) are dropped with the same message")
    func keysPastTheBound() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.character("/"))
        let clock = ContinuousClock()
        let elapsed = try await clock.measure { try await harness.type(Self.pasted(300)) }
        print("300 characters typed key by key into /: \(elapsed)")
        #expect(harness.app.state.filter?.text.count == 200)
        #expect(harness.screen.contains("The filter takes at most 200 characters"), "\(harness.screen)")
        await harness.stop()
    }

    @Test("a 10,000-character paste into a pick list is one input, bounded; into the editor it is kept whole")
    func pasteIntoPickerAndEditor() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.character(":"))
        let clock = ContinuousClock()
        let elapsed = try await clock.measure { try await harness.press(.paste(Self.pasted(10_000))) }
        print("paste of 10,000 characters into the palette: \(elapsed)")
        #expect(harness.app.state.picker?.text.count == 200)
        #expect(harness.screen.contains("A pick list takes at most 200 characters"), "\(harness.screen)")
        try await harness.press(.escape, .enter)
        try await harness.selectProperty("jobtitle")
        try await harness.press(.character("e"), .control("u"), .paste("Head of\npartnerships"))
        #expect(harness.app.state.prompt?.text == "Head of\npartnerships")
        await harness.stop()
    }

    @Test("DEL (0x7f) erases in the editor, /, and pick lists, typed or inside a paste; never inserted (item 10)")
    func deleteErases() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.enter)
        try await harness.selectProperty("jobtitle")
        try await harness.press(.character("e"), .control("u"))
        try await harness.type("Heads")
        try await harness.press(.character("\u{7F}"))
        #expect(harness.app.state.prompt?.text == "Head", "typed DEL erases")
        try await harness.press(.paste(" of sales\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}partners"))
        #expect(harness.app.state.prompt?.text == "Head of partners", "DEL inside a paste erases what came before")
        try await harness.press(.control("u"), .paste("\u{7F}x"))
        #expect(harness.app.state.prompt?.text == "x", "DEL on nothing erases nothing")
        try await harness.press(.escape, .escape, .character("/"))
        try await harness.type("mar")
        try await harness.press(.character("\u{7F}"))
        #expect(harness.app.state.filter?.text == "ma")
        try await harness.press(.escape, .character(":"))
        try await harness.type("zz")
        try await harness.press(.paste("\u{7F}"))
        #expect(harness.app.state.picker?.text == "z")
        await harness.stop()
    }

    @Test("matching a 3,000-character pattern against 1,000 rows folds the pattern once (figure printed)")
    func linearMatching() {
        let rows = (0..<1_000).map { "Contact \($0) contact\($0)@example.com +1 555 \($0) Lisbon Customer" }
        let clock = ContinuousClock()
        var matched = 0
        let elapsed = clock.measure {
            let pattern = FuzzyMatch.Pattern(Self.pasted(3_000))
            matched = rows.filter { pattern.match(in: $0) != nil }.count
        }
        print("3,000-character pattern over 1,000 rows: \(elapsed)")
        #expect(matched == 0)
    }
}
