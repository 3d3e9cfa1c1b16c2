import Foundation
import HubSpot
import TerminalUI

/// The loaded part of one object type's record list: rows, the `after` cursors seen, and paging state.
///
/// Page 0 has no cursor; page k+1's cursor is page k's `paging.next.after`. Every cursor seen is
/// kept, so a page can be fetched again (refresh) without walking from the start.
public struct RecordList: Sendable {
    /// The object type listed.
    public let typeID: String
    /// The rows loaded so far, in server order.
    public private(set) var records: [CRMRecord] = []
    /// `cursors[k]` is the `after` that fetched page k (`nil` for page 0).
    public private(set) var cursors: [String?] = [nil]
    /// `pageStarts[k]` is the index in `records` of page k's first row.
    public private(set) var pageStarts: [Int] = []
    /// The page being fetched, if any; at most one at a time so pages arrive in order.
    public private(set) var pageInFlight: Int?
    /// Whether the last page has arrived (no `paging.next`).
    public private(set) var isComplete = false
    /// The last failure, shown instead of rows until a retry succeeds.
    public var failure: String?
    /// Pages shown from the cache and when the server sent them; a live answer removes its entry.
    public private(set) var cachedPages: [Int: Date] = [:]
    /// Selection and scroll position, over the visible (filtered) rows.
    public var selection = ListState(selected: 0, offset: 0)
    /// The row a move past the loaded rows was headed for, while more rows are coming: reached when they come.
    public var carriedMove: Int?
    /// The `/` filter's text; empty shows every row.
    public private(set) var filterText = ""
    /// Indices into `records` of the rows the filter keeps; `nil` when there is no filter.
    public private(set) var visibleIndices: [Int]?
    /// Ids of the rows marked with Space for a bulk change, in the order they were marked.
    public private(set) var marked: [String] = []
    /// How many records the server says match, when it says (a search does; a plain list does not).
    public private(set) var total: Int?

    /// Creates an empty list of `typeID`.
    public init(typeID: String) {
        self.typeID = typeID
    }

    /// Whether a page is being fetched.
    public var isLoading: Bool { pageInFlight != nil }

    /// The number of pages loaded.
    public var loadedPageCount: Int { pageStarts.count }

    /// The next page to fetch and its cursor, or `nil` when complete or a fetch is in flight.
    public var nextPageRequest: (page: Int, after: String?)? {
        guard !isComplete, pageInFlight == nil, loadedPageCount < cursors.count else { return nil }
        return (loadedPageCount, cursors[loadedPageCount])
    }

    /// Marks `page` as in flight.
    public mutating func markRequested(page: Int) {
        pageInFlight = page
    }

    /// Stores an arriving page. A refreshed page replaces its rows in place; a new one appends.
    /// Returns `false` for a page nobody asked for (a stale answer), which is dropped.
    @discardableResult
    public mutating func receive(page: Int, _ result: RecordPage) -> Bool {
        guard page == pageInFlight else { return false }
        pageInFlight = nil
        failure = nil
        cachedPages[page] = nil
        store(page: page, result)
        return true
    }

    /// Shows a page read from the cache. Unless `final`, the live fetch stays in flight and its
    /// answer replaces these rows in place, keeping the selection where it is.
    @discardableResult
    public mutating func receiveCached(page: Int, _ result: RecordPage, fetchedAt: Date, final: Bool) -> Bool {
        guard page == pageInFlight else { return false }
        if final {
            pageInFlight = nil
            failure = nil
        }
        cachedPages[page] = fetchedAt
        store(page: page, result)
        return true
    }

    /// When the oldest page on screen was fetched, or nil when every loaded page is live.
    public var oldestCachedPage: Date? { cachedPages.values.min() }

    private mutating func store(page: Int, _ result: RecordPage) {
        if let count = result.total { total = count }
        if page == loadedPageCount {
            pageStarts.append(records.count)
            records.append(contentsOf: result.results)
            if let next = result.nextAfter, cursors.contains(next) {
                // A cursor already followed: the server would send the same pages forever. Stop, and say so.
                isComplete = true
                failure =
                    "the server named the cursor \"\(TerminalText.sanitize(String(next.prefix(40))))\" again, so "
                    + "its pages would repeat forever; the list stops at the rows read so far"
            } else if let next = result.nextAfter {
                cursors.append(next)
            } else {
                isComplete = true
            }
        } else if page < loadedPageCount {
            let range = pageRange(page)
            records.replaceSubrange(range, with: result.results)
            let shift = result.results.count - range.count
            for later in (page + 1)..<pageStarts.count { pageStarts[later] += shift }
            // The live answer may end the list where the cache did not, or go on where it ended.
            if let next = result.nextAfter {
                if cursors.count > page + 1 { cursors[page + 1] = next } else { cursors.append(next) }
                if page + 1 == loadedPageCount { isComplete = false }
            } else if page + 1 == loadedPageCount {
                isComplete = true
            }
        }
    }

    /// Forgets the fetch in flight (its answer went elsewhere while a search held the list's place).
    public mutating func forgetFetchInFlight() {
        pageInFlight = nil
    }

    /// Records a failed fetch of `page`; the rows already loaded stay.
    public mutating func fail(page: Int, message: String) {
        guard page == pageInFlight else { return }
        pageInFlight = nil
        failure = message
    }

    /// The rows of a loaded page.
    public func pageRange(_ page: Int) -> Range<Int> {
        let start = pageStarts[page]
        let end = page + 1 < pageStarts.count ? pageStarts[page + 1] : records.count
        return start..<end
    }

    /// The page holding row `index`, if loaded.
    public func page(containing index: Int) -> Int? {
        guard index >= 0, index < records.count else { return nil }
        return pageStarts.lastIndex { $0 <= index }
    }

    /// The request that fetches the first page shown from the cache again, live (the connection is back), or
    /// nil when none is cached or a fetch is in flight.
    public mutating func cachedPageRefreshRequest() -> (page: Int, after: String?)? {
        guard pageInFlight == nil, let page = cachedPages.keys.min(), page < cursors.count else { return nil }
        pageInFlight = page
        return (page, cursors[page])
    }

    /// The request that fetches a loaded page again with its own cursor, for a refresh.
    public mutating func refreshRequest(forRow index: Int) -> (page: Int, after: String?)? {
        guard pageInFlight == nil, let page = page(containing: index) else { return nil }
        pageInFlight = page
        return (page, cursors[page])
    }

    /// Whether the next page should be fetched now: the selection is within `threshold` rows of
    /// the end of what is loaded (so scrolling never waits on an empty screen). Not while a filter
    /// is on: a filter that matches little would otherwise pull in every page.
    public func wantsNextPage(threshold: Int) -> Bool {
        visibleIndices == nil && nextPageRequest != nil && selection.selected >= records.count - threshold
    }

    /// The rows shown: every record, or those the filter keeps.
    public var visibleCount: Int { visibleIndices?.count ?? records.count }

    /// The record index of a visible row.
    public func recordIndex(atVisible row: Int) -> Int {
        visibleIndices.map { $0[row] } ?? row
    }

    /// The selected record, if any.
    public var selectedRecord: CRMRecord? {
        guard selection.selected >= 0, selection.selected < visibleCount else { return nil }
        return records[recordIndex(atVisible: selection.selected)]
    }

    /// Keeps the rows whose text matches `text` (empty: every row), the best matches first (list order among
    /// equals); the selection stays on the same record when it is still shown, else moves to the first row.
    public mutating func applyFilter(_ text: String, rowText: (CRMRecord) -> String) {
        let selectedID = selectedRecord?.id
        filterText = text
        let pattern = FuzzyMatch.Pattern(text)
        if pattern.isEmpty {
            visibleIndices = text.isEmpty ? nil : Array(records.indices)
        } else {
            let scored = records.indices.compactMap { index in
                pattern.match(in: rowText(records[index])).map { (index, $0.score) }
            }
            visibleIndices = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        }
        let newRow = (0..<visibleCount).first { records[recordIndex(atVisible: $0)].id == selectedID } ?? 0
        selection = ListState(selected: newRow, offset: 0)
    }

    /// "rows 1–37 of ≥ 100" (or "of 300" once the last page arrived) for a viewport of `height`.
    public func rowsSummary(height: Int) -> String {
        guard !records.isEmpty else { return isComplete ? "no records" : "no rows loaded" }
        if visibleIndices != nil {
            return "filter \"\(filterText)\": \(visibleCount) of \(records.count) loaded rows match"
        }
        let first = selection.offset + 1
        let last = min(records.count, selection.offset + max(1, height))
        if isComplete, let total, total > records.count {
            return "rows \(first)–\(last) of the first \(records.count) of \(total)"
        }
        return "rows \(first)–\(last) of \(isComplete ? "" : "≥ ")\(records.count)"
    }
}

extension RecordList {
    /// A complete one-page list holding the records a search found.
    public static func searchResults(typeID: String, records: [CRMRecord]) -> RecordList {
        var list = RecordList(typeID: typeID)
        list.markRequested(page: 0)
        list.receive(page: 0, RecordPage(results: records))
        return list
    }

    /// Updates the loaded row of `record` in place (its listed properties), keeping the selection.
    public mutating func replaceRecord(_ record: CRMRecord) {
        guard let index = records.firstIndex(where: { $0.id == record.id }) else { return }
        for name in records[index].properties.keys {
            records[index].properties[name] = record.properties[name] ?? records[index].properties[name]
        }
        records[index].updatedAt = record.updatedAt
    }

    /// Drops an archived record from the rows; later pages' starts and the filter's rows shift up.
    public mutating func removeRecord(id: String) {
        guard let index = records.firstIndex(where: { $0.id == id }) else { return }
        records.remove(at: index)
        marked.removeAll { $0 == id }
        pageStarts = pageStarts.map { $0 > index ? $0 - 1 : $0 }
        visibleIndices = visibleIndices?.filter { $0 != index }.map { $0 > index ? $0 - 1 : $0 }
        selection.selected = min(selection.selected, max(0, visibleCount - 1))
    }

    /// Puts a record just created at the top, where the user sees it; later pages' starts shift down.
    public mutating func insertAtTop(_ record: CRMRecord) {
        guard !records.contains(where: { $0.id == record.id }) else { return }
        records.insert(record, at: 0)
        pageStarts = pageStarts.enumerated().map { $0.offset == 0 ? $0.element : $0.element + 1 }
        visibleIndices = visibleIndices.map { [0] + $0.map { $0 + 1 } }
    }

    /// Marks the record `id` for a bulk change, or unmarks it.
    public mutating func toggleMark(_ id: String) {
        if let index = marked.firstIndex(of: id) { marked.remove(at: index) } else { marked.append(id) }
    }

    /// Unmarks every row.
    public mutating func clearMarks() {
        marked = []
    }
}
