import TerminalUI
import XCTest

final class CanvasTests: XCTestCase {
    func testWideCharactersKeepLaterColumnsAligned() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        let used = canvas.write("株式会社X", at: Point(x: 0, y: 0), role: "text")
        XCTAssertEqual(used, 9)
        XCTAssertEqual(canvas[0, 0].text, "株")
        XCTAssertEqual(canvas[0, 0].width, 2)
        XCTAssertEqual(canvas[1, 0].width, 0, "right half of a wide char")
        XCTAssertEqual(canvas[6, 0].text, "社")
        XCTAssertEqual(canvas[8, 0].text, "X")
        XCTAssertEqual(canvas.textLines, ["株式会社X"])
    }

    func testWideCharacterAtClipEdgeBecomesSpace() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        let clip = Rect(x: 0, y: 0, width: 5, height: 1)
        let used = canvas.write("株式会社", at: Point(x: 0, y: 0), role: "text", clip: clip)
        XCTAssertEqual(used, 5)
        XCTAssertEqual(canvas[4, 0].text, " ")
        XCTAssertEqual(canvas[4, 0].width, 1)
        XCTAssertEqual(canvas[5, 0], .blank, "nothing past the clip")
        XCTAssertEqual(canvas.textLines, ["株式"])
    }

    func testWideCharacterAtRowEndBecomesSpace() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.write("a株株", at: Point(x: 0, y: 0), role: "text")
        XCTAssertEqual(canvas[0, 0].text, "a")
        XCTAssertEqual(canvas[1, 0].text, "株")
        XCTAssertEqual(canvas[2, 0].width, 0)
        canvas.write("ab株", at: Point(x: 0, y: 0), role: "text")
        XCTAssertEqual(canvas[2, 0].text, " ")
        XCTAssertEqual(canvas[2, 0].width, 1)
    }

    func testClipIsRespectedOnAllSides() {
        var canvas = Canvas(size: Size(width: 10, height: 3))
        let clip = Rect(x: 2, y: 1, width: 4, height: 1)
        canvas.write("abcdefgh", at: Point(x: 0, y: 1), role: "text", clip: clip)
        XCTAssertEqual(canvas.textLines, ["", "  cdef", ""])
        XCTAssertEqual(canvas.write("zzz", at: Point(x: 2, y: 0), role: "text", clip: clip), 0, "row outside clip")
        XCTAssertEqual(canvas.textLines[0], "")
        canvas.write("株式", at: Point(x: 1, y: 1), role: "x", clip: clip)
        XCTAssertEqual(canvas[2, 1].text, " ", "left half clipped away, right half shown as space")
        XCTAssertEqual(canvas[3, 1].text, "式")
    }

    func testWriteSanitisesAndColoursMarkers() {
        var canvas = Canvas(size: Size(width: 20, height: 1))
        canvas.write("a\u{1b}[2Jb", at: Point(x: 0, y: 0), role: "list.row")
        XCTAssertEqual(canvas.textLines, ["a^[[2Jb"])
        XCTAssertEqual(canvas[0, 0].role, "list.row")
        XCTAssertEqual(canvas[1, 0].role, "text.control")
        XCTAssertEqual(canvas[2, 0].role, "text.control")
        XCTAssertEqual(canvas[3, 0].role, "list.row")
    }

    func testOverwritingHalfAWideCharacterLeavesNoOrphan() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.write("株式会", at: Point(x: 0, y: 0), role: "text")
        canvas.write("x", at: Point(x: 1, y: 0), role: "text")
        XCTAssertEqual(canvas[0, 0].text, " ", "the left half of 株 lost its right half")
        XCTAssertEqual(canvas[0, 0].width, 1)
        XCTAssertEqual(canvas.textLines, [" x式会"])
        canvas.fill(Rect(x: 2, y: 0, width: 1, height: 1), role: "text")
        XCTAssertEqual(canvas[3, 0].width, 1, "fill cut 式, its right half became a space")
    }

    func testTextLinesTrimTrailingSpacesAndCombiningClusters() {
        var canvas = Canvas(size: Size(width: 8, height: 2))
        canvas.write("Cafe\u{0301}  ", at: Point(x: 0, y: 1), role: "text")
        XCTAssertEqual(canvas.textLines, ["", "Cafe\u{0301}"])
        XCTAssertEqual(canvas[3, 1].text, "e\u{0301}")
    }

    func testOutOfRangeAccessIsHarmless() {
        var canvas = Canvas(size: Size(width: 2, height: 2))
        canvas[5, 5] = Cell(text: "x", width: 1, role: "text")
        XCTAssertEqual(canvas[-1, 0], .blank)
        XCTAssertEqual(canvas.write("abc", at: Point(x: 9, y: 0), role: "text"), 0)
        canvas.fill(Rect(x: -3, y: -3, width: 100, height: 100), role: "status")
        XCTAssertEqual(canvas[1, 1].role, "status")
    }

    func testDrawBoxWithTitle() {
        var canvas = Canvas(size: Size(width: 10, height: 3))
        canvas.drawBox(Rect(x: 0, y: 0, width: 10, height: 3), role: "border", title: "Deals", titleRole: "title")
        XCTAssertEqual(canvas.textLines, ["┌ Deals ─┐", "│        │", "└────────┘"])
        XCTAssertEqual(canvas[2, 0].role, "title")
        XCTAssertEqual(canvas[0, 0].role, "border")
        var ascii = Canvas(size: Size(width: 4, height: 3))
        ascii.drawBox(ascii.bounds, role: "border", style: .ascii)
        XCTAssertEqual(ascii.textLines, ["+--+", "|  |", "+--+"])
    }

    func testDrawBoxTruncatesLongTitles() {
        var canvas = Canvas(size: Size(width: 8, height: 2))
        canvas.drawBox(canvas.bounds, role: "border", title: "Companies")
        XCTAssertEqual(canvas.textLines[0], "┌ Com… ┐")
        XCTAssertEqual(TerminalText.displayWidth(canvas.textLines[0]), 8)
    }

    func testWriteSpansAdvances() {
        var canvas = Canvas(size: Size(width: 12, height: 1))
        let used = canvas.write([TextSpan("株", role: "a"), TextSpan("bc", role: "b")], at: Point(x: 1, y: 0))
        XCTAssertEqual(used, 4)
        XCTAssertEqual(canvas[3, 0].role, "b")
        XCTAssertEqual(canvas.textLines, [" 株bc"])
    }

    func testWriteAlignedInRect() {
        var canvas = Canvas(size: Size(width: 10, height: 1))
        canvas.write("ab", in: Rect(x: 0, y: 0, width: 6, height: 1), role: "text", alignment: .right)
        XCTAssertEqual(canvas.textLines, ["    ab"])
    }
}
