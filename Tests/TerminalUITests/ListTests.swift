import TerminalUI
import XCTest

final class ListTests: XCTestCase {
    func testMoveClampsAndScrolls() {
        var state = ListState()
        state.move(by: -1, count: 10, height: 4)
        XCTAssertEqual(state, ListState(selected: 0, offset: 0))
        state.move(by: 5, count: 10, height: 4)
        XCTAssertEqual(state.selected, 5)
        XCTAssertEqual(state.offset, 2, "selection is the last visible row")
        state.move(by: 100, count: 10, height: 4)
        XCTAssertEqual(state, ListState(selected: 9, offset: 6))
        state.move(by: -8, count: 10, height: 4)
        XCTAssertEqual(state, ListState(selected: 1, offset: 1))
    }

    func testEmptyList() {
        var state = ListState(selected: 7, offset: 3)
        state.move(by: 1, count: 0, height: 5)
        XCTAssertEqual(state, ListState(selected: 0, offset: 0))
    }

    func testPageMovesByHeightMinusOne() {
        var state = ListState()
        state.page(1, count: 100, height: 10)
        XCTAssertEqual(state, ListState(selected: 9, offset: 9))
        state.page(1, count: 100, height: 10)
        XCTAssertEqual(state, ListState(selected: 18, offset: 18))
        state.page(-1, count: 100, height: 10)
        XCTAssertEqual(state, ListState(selected: 9, offset: 9))
        state.moveTo(95, count: 100, height: 10)
        state.page(1, count: 100, height: 10)
        XCTAssertEqual(state, ListState(selected: 99, offset: 90), "no empty space below the last row")
        state.page(-1, count: 100, height: 1)
        XCTAssertEqual(state.selected, 98, "a one-row viewport still moves")
    }

    func testMoveToClampsAndKeepsVisible() {
        var state = ListState()
        state.moveTo(50, count: 20, height: 5)
        XCTAssertEqual(state, ListState(selected: 19, offset: 15))
        state.moveTo(-3, count: 20, height: 5)
        XCTAssertEqual(state, ListState(selected: 0, offset: 0))
        state.moveTo(12, count: 20, height: 5)
        XCTAssertEqual(state, ListState(selected: 12, offset: 8))
        state.clamp(count: 5, height: 5)
        XCTAssertEqual(state, ListState(selected: 4, offset: 0), "list shrank under the selection")
    }

    func testListViewAsksOnlyForVisibleRows() {
        var canvas = Canvas(size: Size(width: 20, height: 8))
        var state = ListState()
        state.moveTo(50_000, count: 100_000, height: 5)
        var asked: [Int] = []
        ListView.draw(
            into: &canvas, rect: Rect(x: 0, y: 2, width: 20, height: 5), state: state,
            count: 100_000, focused: true
        ) { index, selected in
            asked.append(index)
            return [TextSpan(text: "row \(index)" + (selected ? " *" : ""), role: "list.row")]
        }
        XCTAssertEqual(asked.count, 5)
        XCTAssertEqual(asked, Array(state.offset..<(state.offset + 5)))
        XCTAssertEqual(canvas.textLines[2], "row 49996")
        XCTAssertEqual(canvas.textLines[6], "row 50000 *")
        XCTAssertEqual(canvas[15, 6].role, "list.selected", "highlight spans the row")
        XCTAssertEqual(canvas.textLines[7], "", "nothing drawn outside the rect")
    }

    func testListViewUnfocusedSelectionAndShortList() {
        var canvas = Canvas(size: Size(width: 10, height: 4))
        var calls = 0
        ListView.draw(
            into: &canvas, rect: canvas.bounds, state: ListState(selected: 1, offset: 0),
            count: 2, focused: false
        ) { index, _ in
            calls += 1
            return [TextSpan("x\(index)", role: "list.row")]
        }
        XCTAssertEqual(calls, 2)
        XCTAssertEqual(canvas[9, 1].role, "list.selected.unfocused")
        XCTAssertEqual(canvas.textLines, ["x0", "x1", "", ""])
    }
}
