import Browser
import Foundation
import HubSpot
import Testing

@Suite("RecordList paging model")
struct RecordListTests {
    private func page(_ ids: ClosedRange<Int>, next: String?) -> RecordPage {
        let date = Date(timeIntervalSince1970: 0)
        return RecordPage(
            results: ids.map { CRMRecord(id: String($0), properties: [:], createdAt: date, updatedAt: date) },
            paging: next.map { Paging(next: .init(after: $0)) })
    }

    @Test("pages append in order and remember their cursors")
    func appendsPages() throws {
        var list = RecordList(typeID: "0-1")
        let first = try #require(list.nextPageRequest)
        #expect(first.page == 0 && first.after == nil)
        list.markRequested(page: 0)
        #expect(list.nextPageRequest == nil, "one page in flight at a time")
        let accepted = list.receive(page: 0, page(1...3, next: "4"))
        #expect(accepted)
        let second = try #require(list.nextPageRequest)
        #expect(second.page == 1 && second.after == "4")
        list.markRequested(page: 1)
        list.receive(page: 1, page(4...5, next: nil))
        #expect(list.records.map(\.id) == ["1", "2", "3", "4", "5"])
        #expect(list.isComplete)
        #expect(list.nextPageRequest == nil)
        #expect(list.cursors == [nil, "4"])
        #expect(list.page(containing: 3) == 1)
    }

    @Test("a refresh reuses the page's cursor and replaces its rows in place")
    func refreshReplacesInPlace() throws {
        var list = RecordList(typeID: "0-1")
        list.markRequested(page: 0)
        list.receive(page: 0, page(1...3, next: "4"))
        list.markRequested(page: 1)
        list.receive(page: 1, page(4...6, next: "7"))
        let request = list.refreshRequest(forRow: 4)
        let refresh = try #require(request)
        #expect(refresh.page == 1 && refresh.after == "4")
        list.receive(page: 1, page(4...5, next: "7"))
        #expect(list.records.map(\.id) == ["1", "2", "3", "4", "5"])
        #expect(list.pageRange(1) == 3..<5)
    }

    @Test("an answer nobody is waiting for is dropped")
    func staleAnswerDropped() {
        var list = RecordList(typeID: "0-1")
        let accepted = list.receive(page: 0, page(1...3, next: nil))
        #expect(!accepted)
        #expect(list.records.isEmpty)
    }

    @Test("a failure keeps loaded rows and allows a retry")
    func failureKeepsRows() {
        var list = RecordList(typeID: "0-1")
        list.markRequested(page: 0)
        list.receive(page: 0, page(1...3, next: "4"))
        list.markRequested(page: 1)
        list.fail(page: 1, message: "timed out")
        #expect(list.records.count == 3)
        #expect(list.failure == "timed out")
        #expect(list.nextPageRequest?.page == 1)
    }

    @Test("the rows summary says ≥ until the last page arrives")
    func rowsSummary() {
        var list = RecordList(typeID: "0-1")
        list.markRequested(page: 0)
        list.receive(page: 0, page(1...100, next: "101"))
        #expect(list.rowsSummary(height: 20) == "rows 1–20 of ≥ 100")
        list.selection.offset = 90
        #expect(list.rowsSummary(height: 20) == "rows 91–100 of ≥ 100")
        list.markRequested(page: 1)
        list.receive(page: 1, page(101...120, next: nil))
        #expect(list.rowsSummary(height: 20) == "rows 91–110 of 120")
    }

    /// 30 pages of 100 taken in as `G` takes them: the selection on the last row each time.
    private func longList() -> RecordList {
        var list = RecordList(typeID: "0-1")
        for index in 0..<30 {
            list.markRequested(page: index)
            let first = index * 100 + 1
            list.receive(page: index, page(first...(first + 99), next: index < 29 ? String(first + 100) : nil))
            list.selection.moveTo(list.rowCount - 1, count: list.rowCount, height: 20)
        }
        return list
    }

    @Test("past the window, far pages leave memory; the count, cursors and page starts stay")
    func windowBoundsRowsHeld() {
        let list = longList()
        #expect(list.rowCount == 3_000 && list.isComplete)
        #expect(list.residentPages.last == 29 && list.residentPages.count <= 2 * RecordList.windowRadius + 1)
        #expect(list.record(at: 0) == nil && list.record(at: 2_999)?.id == "3000")
        #expect(list.page(containing: 1_234) == 12 && list.cursors.count == 30)
        #expect(list.rowsSummary(height: 20) == "rows 2981–3000 of 3000")
    }

    @Test("moving to the top names the pages to read back once, and their rows come back in place")
    func readBack() {
        var list = longList()
        list.selection.moveTo(0, count: list.rowCount, height: 20)
        let asked = list.pagesToReadBack(height: 20)
        #expect(asked.map(\.page) == [0, 1] && asked.map(\.after) == [nil, "101"])
        let again = list.pagesToReadBack(height: 20)
        #expect(again.isEmpty, "not asked twice while under way")
        #expect(list.residentPages.allSatisfy { $0 <= RecordList.windowRadius }, "far pages left")
        let unasked = list.receiveReadBack(page: 7, page(701...800, next: nil).results)
        #expect(!unasked, "nobody asked for page 7")
        let first = list.receiveReadBack(page: 0, page(1...100, next: nil).results)
        let failed = list.receiveReadBack(page: 1, nil)
        #expect(first && failed, "a failed read is taken too, and forgotten, to be asked again")
        #expect(list.record(at: 0)?.id == "1" && list.record(at: 150) == nil)
        let retried = list.pagesToReadBack(height: 20)
        #expect(retried.map(\.page) == [1])
    }

    @Test("a filter matches the rows in memory, and says so when that is not every row")
    func filterOverTheWindow() {
        var list = longList()
        list.applyFilter("29") { $0.id }
        #expect(list.visibleCount > 0 && list.rowsSummary(height: 20).contains("rows in memory match (of 3000"))
        let matched = (0..<list.visibleCount).compactMap { list.record(at: list.recordIndex(atVisible: $0))?.id }
        #expect(matched.count == list.visibleCount && matched.allSatisfy { $0.contains("2") && $0.contains("9") })
    }
}
