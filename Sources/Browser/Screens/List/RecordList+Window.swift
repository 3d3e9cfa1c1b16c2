import HubSpot

// MARK: - The window: only the pages near the selection keep their rows; the others are read back
extension RecordList {
    /// Pages either side of the selection's page that keep their rows in memory (11 pages, 1,100 rows in
    /// all: a list that size or smaller never reads a page back).
    public static let windowRadius = 5

    /// How many rows are held in memory.
    public var residentRowCount: Int { resident.values.reduce(0) { $0 + $1.count } }

    /// The pages whose rows are held in memory, in order.
    public var residentPages: [Int] { resident.keys.sorted() }

    /// The page of the selected row, or of the first row on screen under a filter.
    private var selectedPage: Int {
        page(containing: recordIndex(atVisible: min(selection.selected, max(0, visibleCount - 1)))) ?? 0
    }

    /// Drops the rows of the pages more than ``windowRadius`` from the selection's page. Not while a filter
    /// is on: its rows are indices into the rows held.
    mutating func evictFarPages() {
        guard visibleIndices == nil else { return }
        let center = selectedPage
        guard resident.keys.contains(where: { abs($0 - center) > Self.windowRadius }) else { return }
        resident = resident.filter { abs($0.key - center) <= Self.windowRadius }
    }

    /// Keeps the pages near the selection and names those near the view that are missing (a page on
    /// screen, or one either side of it), marking them as being read back; each comes back through
    /// ``receiveReadBack(page:_:)``.
    public mutating func pagesToReadBack(height: Int) -> [(page: Int, after: String?)] {
        guard visibleIndices == nil, rowCount > 0 else { return [] }
        evictFarPages()
        let firstRow = max(0, selection.offset - 1)
        let lastRow = min(rowCount - 1, selection.offset + max(1, height))
        guard let first = page(containing: firstRow), let last = page(containing: lastRow) else { return [] }
        let wanted = max(0, first - 1)...min(loadedPageCount - 1, last + 1)
        let missing = wanted.filter { resident[$0] == nil && !reloading.contains($0) && $0 != pageInFlight }
        reloading.formUnion(missing)
        return missing.map { ($0, cursors[$0]) }
    }

    /// A page read back arrived (`nil`: it could not be read; the next move asks again). Its rows return to
    /// memory unless a filter went on meanwhile. Returns `false` for a page nobody was reading back.
    @discardableResult
    public mutating func receiveReadBack(page: Int, _ rows: [CRMRecord]?) -> Bool {
        guard reloading.remove(page) != nil, page < loadedPageCount else { return false }
        guard let rows, visibleIndices == nil, page != pageInFlight else { return true }
        replaceRows(ofPage: page, with: rows)
        evictFarPages()
        return true
    }

    /// Whether the page being fetched is one the view shows or reaches (a refresh, the first page, or the
    /// next one when the view is at the end of the rows), rather than a page fetched ahead, out of sight:
    /// only then do the header and the status line say so, so a step that fetches ahead redraws no more.
    public func fetchIsInView(height: Int) -> Bool {
        guard let page = pageInFlight else { return false }
        return page < loadedPageCount || selection.offset + max(1, height) >= rowCount
    }

    /// Forgets the pages being read back (their answers went elsewhere while a search held the list's place).
    public mutating func forgetReadBacks() {
        reloading = []
    }
}
