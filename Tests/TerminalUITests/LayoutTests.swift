import TerminalUI
import XCTest

final class LayoutTests: XCTestCase {
    func testRectBasics() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 5)
        XCTAssertEqual(rect.maxX, 12)
        XCTAssertEqual(rect.maxY, 8)
        XCTAssertFalse(rect.isEmpty)
        XCTAssertTrue(Rect(x: 0, y: 0, width: 0, height: 4).isEmpty)
        XCTAssertEqual(Rect(x: 0, y: 0, width: -4, height: 2).width, 0, "negative sizes clamp")
        XCTAssertEqual(rect.row(1), Rect(x: 2, y: 4, width: 10, height: 1))
        XCTAssertTrue(rect.row(5).isEmpty)
    }

    func testInsetClampsAtZero() {
        XCTAssertEqual(Rect(x: 0, y: 0, width: 10, height: 6).inset(by: 1), Rect(x: 1, y: 1, width: 8, height: 4))
        let tiny = Rect(x: 5, y: 5, width: 1, height: 3).inset(by: 2)
        XCTAssertEqual(tiny.width, 0)
        XCTAssertEqual(tiny.height, 0)
    }

    func testSplitsClamp() {
        let rect = Rect(x: 0, y: 0, width: 20, height: 10)
        let (left, right) = rect.splitColumns(leftWidth: 6)
        XCTAssertEqual(left, Rect(x: 0, y: 0, width: 6, height: 10))
        XCTAssertEqual(right, Rect(x: 6, y: 0, width: 14, height: 10))
        XCTAssertEqual(rect.splitColumns(leftWidth: 50).right.width, 0)
        XCTAssertEqual(rect.splitColumns(leftWidth: -5).left.width, 0)
        let (top, bottom) = rect.splitRows(bottomHeight: 1)
        XCTAssertEqual(top, Rect(x: 0, y: 0, width: 20, height: 9))
        XCTAssertEqual(bottom, Rect(x: 0, y: 9, width: 20, height: 1))
        XCTAssertEqual(rect.splitRows(topHeight: 3).bottom, Rect(x: 0, y: 3, width: 20, height: 7))
        XCTAssertEqual(rect.splitRows(bottomHeight: 99).top.height, 0)
    }

    func testTableWidthsShareSpareByWeight() {
        let columns = [
            TableLayout.Column(header: "Name", minWidth: 10, weight: 2),
            TableLayout.Column(header: "Email", minWidth: 10, weight: 1),
            TableLayout.Column(header: "ID", minWidth: 5, weight: 0),
        ]
        let widths = TableLayout.widths(for: columns, totalWidth: 40)
        XCTAssertEqual(widths, [19, 14, 5], "13 spare columns split 2:1, the rounding leftover to the left")
        XCTAssertEqual(widths.reduce(0, +) + 2, 40, "fills the width exactly including separators")
    }

    func testTableDropsColumnsFromTheRight() {
        let columns = [
            TableLayout.Column(header: "A", minWidth: 10, weight: 1),
            TableLayout.Column(header: "B", minWidth: 10, weight: 1),
            TableLayout.Column(header: "C", minWidth: 10, weight: 1),
        ]
        XCTAssertEqual(TableLayout.widths(for: columns, totalWidth: 25), [12, 12])
        XCTAssertEqual(TableLayout.widths(for: columns, totalWidth: 21), [10, 10])
        XCTAssertEqual(
            TableLayout.widths(for: columns, totalWidth: 7), [7], "first column squeezed rather than nothing")
        XCTAssertEqual(TableLayout.widths(for: columns, totalWidth: 0), [])
        XCTAssertEqual(TableLayout.widths(for: [], totalWidth: 10), [])
    }

    func testRowSpansPadEachColumn() {
        let spans = TableLayout.spans(
            for: [TextSpan("株式会社ABC", role: "a"), TextSpan("42", role: "b"), TextSpan("dropped", role: "c")],
            widths: [6, 4],
            alignments: [.left, .right]
        )
        XCTAssertEqual(spans.map(\.text), ["株式… ", " ", "  42"], "5 columns of text padded to 6")
        XCTAssertEqual(spans.map(\.role), ["a", "b", "b"])
        var canvas = Canvas(size: Size(width: 12, height: 1))
        XCTAssertEqual(canvas.write(spans, at: .zero), 11)
        XCTAssertEqual(canvas.textLines, ["株式…    42"])
    }
}
