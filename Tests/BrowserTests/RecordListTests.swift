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
}
