import TerminalUI
import XCTest

final class TerminalTextTests: XCTestCase {
    func testDisplayWidthOfASCII() {
        XCTAssertEqual(TerminalText.displayWidth("hello"), 5)
        XCTAssertEqual(TerminalText.displayWidth(""), 0)
        XCTAssertEqual(TerminalText.displayWidth(" "), 1)
    }

    func testDisplayWidthOfCJKAndHangul() {
        XCTAssertEqual(TerminalText.displayWidth("株式会社"), 8)
        XCTAssertEqual(TerminalText.displayWidth("ＡＢ"), 4, "fullwidth Latin")
        XCTAssertEqual(TerminalText.displayWidth("한국어"), 6)
        XCTAssertEqual(
            TerminalText.displayWidth("\u{1100}\u{1161}\u{11A8}"), 2, "conjoining Jamo form one wide cluster")
        XCTAssertEqual(TerminalText.displayWidth("カタカナ"), 8)
        XCTAssertEqual(TerminalText.displayWidth("a〿b"), 3, "U+303F is the narrow exception")
    }

    func testDisplayWidthOfEmoji() {
        XCTAssertEqual(TerminalText.displayWidth("🚀"), 2)
        XCTAssertEqual(TerminalText.displayWidth("👨‍👩‍👧"), 2)
        XCTAssertEqual(TerminalText.displayWidth("❤️"), 2, "text-default base with VS16")
        XCTAssertEqual(TerminalText.displayWidth("❤"), 1, "the same base without VS16")
        XCTAssertEqual(TerminalText.displayWidth("👍🏽"), 2, "skin tone modifier stays in the cluster")
        XCTAssertEqual(TerminalText.displayWidth("🇯🇵"), 2, "flag")
        XCTAssertEqual(TerminalText.displayWidth("ok🚀ok"), 6)
    }

    func testDisplayWidthOfCombiningMarks() {
        XCTAssertEqual(TerminalText.displayWidth("e\u{0301}"), 1)
        XCTAssertEqual(TerminalText.displayWidth("Cafe\u{0301}"), 4)
        XCTAssertEqual(TerminalText.graphemeWidth("\u{0301}"), 0, "a lone combining mark")
        XCTAssertEqual(TerminalText.displayWidth("ü"), 1)
    }

    func testSanitizeTurnsC0ControlsIntoCaretNotation() {
        XCTAssertEqual(TerminalText.sanitize("\u{1b}[2J"), "^[[2J")
        XCTAssertEqual(TerminalText.sanitize("\u{07}"), "^G")
        XCTAssertEqual(TerminalText.sanitize("a\nb\tc\r"), "a^Jb^Ic^M")
        XCTAssertEqual(TerminalText.sanitize("\u{7F}"), "^?")
        XCTAssertEqual(TerminalText.sanitize("\u{0}"), "^@")
    }

    func testSanitizeMarksC1BidiAndInvisibleCharacters() {
        XCTAssertEqual(TerminalText.sanitize("\u{9B}31m"), "<U+009B>31m")
        XCTAssertEqual(TerminalText.sanitize("abc\u{202E}def"), "abc<U+202E>def")
        XCTAssertEqual(TerminalText.sanitize("a\u{200B}b"), "a<U+200B>b")
        XCTAssertEqual(TerminalText.sanitize("\u{FEFF}x"), "<U+FEFF>x")
        XCTAssertEqual(TerminalText.sanitize("\u{2066}\u{2069}"), "<U+2066><U+2069>")
        XCTAssertEqual(TerminalText.sanitize("x\u{2028}y\u{2029}"), "x<U+2028>y<U+2029>")
        XCTAssertEqual(TerminalText.sanitize("soft\u{AD}hyphen"), "soft<U+00AD>hyphen")
        XCTAssertEqual(TerminalText.sanitize("\u{200E}\u{200F}\u{061C}\u{2060}"), "<U+200E><U+200F><U+061C><U+2060>")
    }

    func testSanitizeKeepsLegitimateText() {
        let samples = ["plain", "株式会社", "👨‍👩‍👧", "❤️", "e\u{0301}", "Ñandú", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🇯🇵", "👍🏽"]
        for sample in samples {
            XCTAssertEqual(TerminalText.sanitize(sample), sample, "\(sample) should survive unchanged")
        }
        XCTAssertEqual(TerminalText.sanitize("👨‍👩‍👧").count, 1, "the family stays one grapheme cluster")
    }

    func testSanitizeMarksAStrayJoinerOrVariationSelector() {
        XCTAssertEqual(TerminalText.sanitize("\u{200D}"), "<U+200D>")
        XCTAssertEqual(TerminalText.sanitize("\u{FE0F}"), "<U+FE0F>")
    }

    func testSanitizedOutputHasNoControlScalars() {
        var hostile = ""
        for value in UInt32(0)...0xA0 { hostile.unicodeScalars.append(Unicode.Scalar(value)!) }
        hostile += "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200B}\u{FEFF}\r\n"
        let safe = TerminalText.sanitize(hostile)
        for scalar in safe.unicodeScalars {
            XCTAssertFalse(scalar.value < 0x20, "C0 \(scalar.value) leaked")
            XCTAssertFalse((0x7F...0x9F).contains(scalar.value), "DEL/C1 \(scalar.value) leaked")
            XCTAssertNotEqual(scalar.properties.generalCategory, .format, "format character \(scalar.value) leaked")
        }
        XCTAssertEqual(TerminalText.sanitize(safe), safe, "sanitising is idempotent")
    }

    func testSanitizedSegmentsFlagMarkers() {
        let segments = TerminalText.sanitizedSegments("ab\u{1b}cd\u{202E}")
        XCTAssertEqual(segments.map(\.text), ["ab", "^[", "cd", "<U+202E>"])
        XCTAssertEqual(segments.map(\.isMarker), [false, true, false, true])
        XCTAssertTrue(TerminalText.sanitizedSegments("").isEmpty)
    }

    func testTruncateByDisplayWidth() {
        XCTAssertEqual(TerminalText.truncate("hello world", toWidth: 5), "hell…")
        XCTAssertEqual(TerminalText.truncate("hello", toWidth: 5), "hello")
        XCTAssertEqual(TerminalText.truncate("株式会社", toWidth: 5), "株式…")
        XCTAssertEqual(TerminalText.truncate("株式会社", toWidth: 4), "株…", "a wide char never straddles the limit")
        XCTAssertEqual(TerminalText.truncate("🚀🚀🚀", toWidth: 4), "🚀…")
        XCTAssertEqual(TerminalText.truncate("abc", toWidth: 0), "")
        XCTAssertEqual(TerminalText.truncate("abcdef", toWidth: 4, ellipsis: "..."), "a...")
        XCTAssertEqual(TerminalText.truncate("abcdef", toWidth: 2, ellipsis: "..."), "ab", "no room for the ellipsis")
        XCTAssertLessThanOrEqual(TerminalText.displayWidth(TerminalText.truncate("a株b株c", toWidth: 4)), 4)
    }

    func testPadByDisplayWidth() {
        XCTAssertEqual(TerminalText.pad("ab", toWidth: 4), "ab  ")
        XCTAssertEqual(TerminalText.pad("ab", toWidth: 4, alignment: .right), "  ab")
        XCTAssertEqual(TerminalText.pad("ab", toWidth: 5, alignment: .center), " ab  ")
        XCTAssertEqual(TerminalText.pad("株式", toWidth: 6), "株式  ")
        XCTAssertEqual(TerminalText.pad("株式会社", toWidth: 5), "株式…")
        XCTAssertEqual(TerminalText.pad("🚀", toWidth: 3, alignment: .right), " 🚀")
        for width in 0...9 {
            XCTAssertEqual(TerminalText.displayWidth(TerminalText.pad("株a🚀b式", toWidth: width)), width)
        }
    }
}
