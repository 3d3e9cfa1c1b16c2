import TerminalUI
import Testing

/// Swift Testing (rather than XCTest) so `swift test` also closes with a non-zero Swift Testing count.
@Suite("Layout invariants")
struct LayoutPropertyTests {
    @Test("splits partition the rectangle for any requested size", arguments: [-3, 0, 1, 7, 19, 20, 21, 100])
    func splitsPartition(amount: Int) {
        let rect = Rect(x: 3, y: 2, width: 20, height: 9)
        let columns = rect.splitColumns(leftWidth: amount)
        #expect(columns.left.width + columns.right.width == rect.width)
        #expect(columns.right.x == columns.left.maxX)
        let rows = rect.splitRows(bottomHeight: amount)
        #expect(rows.top.height + rows.bottom.height == rect.height)
        #expect(rows.bottom.maxY == rect.maxY)
        #expect(!rect.inset(by: amount).isEmpty || amount > 0)
    }

    @Test("padding always yields exactly the requested width", arguments: 0...12)
    func padIsExact(width: Int) {
        for sample in ["", "abc", "株式会社", "🚀x👨‍👩‍👧", "e\u{0301}e\u{0301}", "\u{1b}[31mred"] {
            #expect(TerminalText.displayWidth(TerminalText.pad(sample, toWidth: width)) == width)
        }
    }

    @Test("table widths never exceed the total", arguments: [0, 5, 12, 30, 31, 80])
    func tableFits(total: Int) {
        let columns = [
            TableLayout.Column(header: "Name", minWidth: 8, weight: 3),
            TableLayout.Column(header: "Owner", minWidth: 6, weight: 1),
            TableLayout.Column(header: "Stage", minWidth: 10, weight: 2),
        ]
        let widths = TableLayout.widths(for: columns, totalWidth: total)
        let used = widths.reduce(0, +) + max(0, widths.count - 1)
        #expect(used <= total)
        #expect(widths.count <= columns.count)
    }
}
