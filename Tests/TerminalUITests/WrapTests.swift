import TerminalUI
import XCTest

final class WrapTests: XCTestCase {
    func testBreaksAtSpacesWithinTheWidth() {
        XCTAssertEqual(
            TerminalText.wrap("this key lacks the scope tickets — add it", toWidth: 16),
            ["this key lacks", "the scope", "tickets — add it"])
    }

    func testCutsAWordWiderThanTheLineAndCountsWideCharacters() {
        XCTAssertEqual(
            TerminalText.wrap("see https://developers.hubspot.com", toWidth: 10),
            ["see", "https://de", "velopers.h", "ubspot.com"])
        XCTAssertEqual(TerminalText.wrap("株式会社 X", toWidth: 4), ["株式", "会社", "X"])
        XCTAssertEqual(TerminalText.wrap("anything", toWidth: 0), [])
    }

    func testSanitisesControlCharacters() {
        XCTAssertEqual(TerminalText.wrap("a\u{1B}[31mb", toWidth: 20), [TerminalText.sanitize("a\u{1B}[31mb")])
    }
}
