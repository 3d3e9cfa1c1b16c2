import Foundation
import HubSpot
import TerminalUI

/// One object type's record list: the `after` cursors seen, where each page starts, paging state, and the
/// rows of the pages near the view.
///
/// Page 0 has no cursor; page k+1's cursor is page k's `paging.next.after`. Every cursor seen is
/// kept, so a page can be fetched again (refresh, or read back after it left memory) without walking
/// from the start. Only the pages within ``windowRadius`` of the selection keep their rows; the others
/// are read back from the cache when the view comes near them again (decision 0036).
public struct RecordList: Sendable {
    /// The object type listed.
    public let typeID: String
    /// The rows of the pages held in memory, by page.
    var resident: [Int: [CRMRecord]] = [:]
    /// How many rows every page known so far holds; the list's row count is their sum.
    public internal(set) var rowCount = 0
    /// `cursors[k]` is the `after` that fetched page k (`nil` for page 0).
    public internal(set) var cursors: [String?] = [nil]
    /// `pageStarts[k]` is the row index of page k's first row, for every page known (held in memory or not).
    public internal(set) var pageStarts: [Int] = []
    /// The page being fetched, if any; at most one at a time so pages arrive in order.
    public internal(set) var pageInFlight: Int?
    /// Pages that left memory and are being read back.
    public internal(set) var reloading: Set<Int> = []
    /// Whether the last page has arrived (no `paging.next`).
    public internal(set) var isComplete = false
    /// The last failure, shown instead of rows until a retry succeeds.
    public var failure: String?
    /// Pages shown from the cache and when the server sent them; a live answer removes its entry.
    public internal(set) var cachedPages: [Int: Date] = [:]
    /// Selection and scroll position, over the visible (filtered) rows.
    public var selection = ListState(selected: 0, offset: 0)
    /// The row a move past the loaded rows was headed for, while more rows are coming: reached when they come.
    public var carriedMove: Int?
    /// The `/` filter's text; empty shows every row.
    public internal(set) var filterText = ""
    /// Row indices of the rows the filter keeps; `nil` when there is no filter.
    public internal(set) var visibleIndices: [Int]?
    /// Ids of the rows marked with Space for a bulk change, in the order they were marked.
    public internal(set) var marked: [String] = []
    /// How many records the server says match, when it says (a search does; a plain list does not).
    public internal(set) var total: Int?

    /// Creates an empty list of `typeID`.
    public init(typeID: String) {
        self.typeID = typeID
    }

    /// Whether a page is being fetched.
    public var isLoading: Bool { pageInFlight != nil }

    /// The number of pages loaded (held in memory or not).
    public var loadedPageCount: Int { pageStarts.count }

    /// The rows held in memory, in list order: every row until the list outgrows the window.
    public var records: [CRMRecord] {
        resident.keys.sorted().flatMap { resident[$0] ?? [] }
    }

    /// The row at `index`, or `nil` when its page is not in memory (or the index is past the end).
    public func record(at index: Int) -> CRMRecord? {
        guard let page = page(containing: index), let rows = resident[page] else { return nil }
        let position = index - pageStarts[page]
        return position < rows.count ? rows[position] : nil
    }

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
            pageStarts.append(rowCount)
            resident[page] = result.results
            rowCount += result.results.count
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
            evictFarPages()
        } else if page < loadedPageCount {
            replaceRows(ofPage: page, with: result.results)
            // The live answer may end the list where the cache did not, or go on where it ended.
            if let next = result.nextAfter {
                if cursors.count > page + 1 { cursors[page + 1] = next } else { cursors.append(next) }
                if page + 1 == loadedPageCount { isComplete = false }
            } else if page + 1 == loadedPageCount {
                isComplete = true
            }
        }
    }

    /// Puts `rows` in place of page `page`'s; when their number differs, later pages' starts shift.
    mutating func replaceRows(ofPage page: Int, with rows: [CRMRecord]) {
        let shift = rows.count - pageRange(page).count
        resident[page] = rows
        guard shift != 0 else { return }
        rowCount += shift
        for later in (page + 1)..<pageStarts.count { pageStarts[later] += shift }
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
        let end = page + 1 < pageStarts.count ? pageStarts[page + 1] : rowCount
        return start..<end
    }

    /// The page holding row `index`, if loaded (a binary search over the pages' starts).
    public func page(containing index: Int) -> Int? {
        guard index >= 0, index < rowCount else { return nil }
        var low = 0
        var high = pageStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if pageStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return low
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
        visibleIndices == nil && nextPageRequest != nil && selection.selected >= rowCount - threshold
    }

    /// The rows shown: every record, or those the filter keeps.
    public var visibleCount: Int { visibleIndices?.count ?? rowCount }

    /// The row index of a visible row.
    public func recordIndex(atVisible row: Int) -> Int {
        visibleIndices.map { $0[row] } ?? row
    }

    /// The selected record, if any (and held in memory).
    public var selectedRecord: CRMRecord? {
        guard selection.selected >= 0, selection.selected < visibleCount else { return nil }
        return record(at: recordIndex(atVisible: selection.selected))
    }

    /// Keeps the rows whose text matches `text` (empty: every row), the best matches first (list order among
    /// equals); the selection stays on the same record when it is still shown, else moves to the first row.
    /// Only rows held in memory are matched: a filter over a million rows is a search (Enter).
    public mutating func applyFilter(_ text: String, rowText: (CRMRecord) -> String) {
        let selectedID = selectedRecord?.id
        filterText = text
        let pattern = FuzzyMatch.Pattern(text)
        let held = resident.keys.sorted().flatMap { pageRange($0) }
        if pattern.isEmpty {
            visibleIndices = text.isEmpty ? nil : held
        } else {
            let scored = held.compactMap { index in
                record(at: index).flatMap { pattern.match(in: rowText($0)) }.map { (index, $0.score) }
            }
            visibleIndices = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        }
        let newRow = (0..<visibleCount).first { record(at: recordIndex(atVisible: $0))?.id == selectedID } ?? 0
        selection = ListState(selected: newRow, offset: 0)
    }

    /// "rows 1–37 of ≥ 100" (or "of 300" once the last page arrived) for a viewport of `height`.
    public func rowsSummary(height: Int) -> String {
        guard rowCount > 0 else { return isComplete ? "no records" : "no rows loaded" }
        if visibleIndices != nil {
            let held = residentRowCount
            return held < rowCount
                ? "filter \"\(filterText)\": \(visibleCount) of the \(held) rows in memory match (of \(rowCount); "
                    + "Enter searches them all)"
                : "filter \"\(filterText)\": \(visibleCount) of \(rowCount) loaded rows match"
        }
        let first = selection.offset + 1
        let last = min(rowCount, selection.offset + max(1, height))
        if isComplete, let total, total > rowCount {
            return "rows \(first)–\(last) of the first \(rowCount) of \(total)"
        }
        return "rows \(first)–\(last) of \(isComplete ? "" : "≥ ")\(rowCount)"
    }
}
