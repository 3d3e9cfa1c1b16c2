import CRMCache
import Foundation
import HubSpot
import TerminalUI

// MARK: - A type's list: opening it, paging it in, moving in it, pages arriving
extension ListScreen {
    /// Makes `type`'s list exist and asks for its first page (a search shown in its place ends, the filter goes).
    mutating func open(_ type: ObjectType, _ context: ScreenContext) -> ScreenUpdate {
        var update = leaveSearch()
        filter = nil
        var list = lists[type.id] ?? RecordList(typeID: type.id)
        if list.loadedPageCount == 0, let request = list.nextPageRequest {
            list.markRequested(page: request.page)
            update.effects.append(Self.pageEffect(type, page: request.page, after: request.after, context))
        }
        lists[type.id] = list
        update.effects += readBacks(type, context)
        update.requests.append(.definitions(typeID: type.id))
        return update
    }

    /// The pages near the view that left memory, read back (from the cache; a sorted list or a server
    /// search from HubSpot, with the page's own cursor), and the next page before the selection reaches
    /// the end of the loaded rows.
    mutating func prefetch(_ type: ObjectType, _ context: ScreenContext) -> [Effect] {
        readBacks(type, context) + nextPage(type, context)
    }

    /// The reads that bring back the pages near the view which left memory.
    mutating func readBacks(_ type: ObjectType, _ context: ScreenContext) -> [Effect] {
        guard var list = lists[type.id], list.loadedPageCount > 0 else { return [] }
        let pages = list.pagesToReadBack(height: context.layout.listRowsHeight)
        lists[type.id] = list
        guard !pages.isEmpty else { return [] }
        let search = localSearch?.server ?? Self.sortedSearch(type, context)
        let properties = Self.listProperties(for: type, context)
        return pages.map {
            .readBackPage(typeID: type.id, page: $0.page, after: $0.after, properties: properties, search: search)
        }
    }

    /// A page read back arrived; false when nobody was waiting for it.
    mutating func receiveReadBack(typeID: String, page: Int, _ rows: [CRMRecord]?) -> Bool {
        lists[typeID]?.receiveReadBack(page: page, rows) == true
    }

    /// The next page of `type`'s list, asked for before the selection reaches the end of the loaded rows.
    private mutating func nextPage(_ type: ObjectType, _ context: ScreenContext) -> [Effect] {
        guard var list = lists[type.id], list.loadedPageCount > 0,
            list.wantsNextPage(threshold: max(context.layout.listRowsHeight, 20)),
            let request = list.nextPageRequest
        else { return [] }
        list.markRequested(page: request.page)
        lists[type.id] = list
        if let server = localSearch?.server {
            return [.fetchSearchPage(typeID: type.id, page: request.page, cursor: request.after, server)]
        }
        return [Self.pageEffect(type, page: request.page, after: request.after, context)]
    }

    /// Moves the selection of `type`'s list; the record view follows, and the next page comes in time.
    mutating func move(
        _ type: ObjectType, _ change: (inout ListState, Int, Int) -> Void,
        _ context: ScreenContext
    ) -> ScreenUpdate {
        guard var list = lists[type.id], list.visibleCount > 0 else { return .none }
        let height = context.layout.listRowsHeight
        // Where the move would land with every row loaded, counted from a move already carried: fast PgDn
        // presses at the end of the loaded rows carry on when the next page arrives instead of being dropped.
        var unbounded = list.selection
        if let carried = list.carriedMove { unbounded.selected = carried }
        change(&unbounded, list.visibleCount + Self.carryLimit, height)
        change(&list.selection, list.visibleCount, height)
        let carries =
            list.visibleIndices == nil && !list.isComplete && unbounded.selected > list.selection.selected
            && unbounded.selected < list.visibleCount + Self.carryLimit - 1
        list.carriedMove = carries ? unbounded.selected : nil
        lists[type.id] = list
        return ScreenUpdate(effects: prefetch(type, context), requests: [.followListSelection])
    }

    /// Online again (or a list opened while online) with pages shown from the cache: the first of them is read
    /// again behind the rows, and each answer asks for the next, so "cached N s ago" does not wait for `r`.
    mutating func refreshCachedPages(_ type: ObjectType, _ context: ScreenContext) -> [Effect] {
        guard !context.session.connection.isOffline, localSearch == nil, var list = lists[type.id],
            let request = list.cachedPageRefreshRequest()
        else { return [] }
        lists[type.id] = list
        return [Self.pageEffect(type, page: request.page, after: request.after, context)]
    }

    /// How far past the loaded rows a move is carried (End is not: it goes to the last row loaded).
    static let carryLimit = 500

    /// Rows arrived: a move carried past the old end goes on to its row (or as far as the rows now reach).
    mutating func carryOn(_ type: ObjectType, _ layout: BrowserLayout) {
        guard var list = lists[type.id], let target = list.carriedMove, list.visibleCount > 0 else { return }
        list.selection.moveTo(target, count: list.visibleCount, height: layout.listRowsHeight)
        if list.selection.selected >= target || list.isComplete || list.visibleIndices != nil { list.carriedMove = nil }
        lists[type.id] = list
    }

    /// Keeps the selection of `type`'s list in view at a new size.
    mutating func clamp(_ type: ObjectType, _ layout: BrowserLayout) {
        guard var list = lists[type.id], list.visibleCount > 0 else { return }
        list.selection.moveTo(list.selection.selected, count: list.visibleCount, height: layout.listRowsHeight)
        lists[type.id] = list
    }

    /// `r` on the list: the page under the selection again, with its own cursor (or the first page).
    mutating func refresh(_ type: ObjectType, _ context: ScreenContext) -> ScreenUpdate {
        var update = localSearch == nil ? ScreenUpdate.none : leaveSearch()
        guard var list = lists[type.id] else { return update }
        guard let request = list.refreshRequest(forRow: list.recordIndex(atVisible: list.selection.selected)) else {
            return list.loadedPageCount == 0 ? update.then(open(type, context)) : update
        }
        lists[type.id] = list
        update.effects.append(Self.pageEffect(type, page: request.page, after: request.after, context))
        update.requests.append(.message(StatusMessage("refreshing page \(request.page + 1)…")))
        return update
    }

    /// A page of `typeID`'s list (or search) arrived; false when nobody was waiting for it.
    mutating func receive(typeID: String, page: Int, _ result: RecordPage) -> Bool {
        lists[typeID]?.receive(page: page, result) == true
    }

    /// A page read from the cache arrived; false when nobody was waiting for it.
    mutating func receiveCached(typeID: String, page: Int, _ result: RecordPage, fetchedAt: Date, final: Bool) -> Bool {
        lists[typeID]?.receiveCached(page: page, result, fetchedAt: fetchedAt, final: final) == true
    }

    /// A page could not be read; the list keeps its rows and `r` asks again. The status line names the type:
    /// the answer may arrive after the sidebar moved on ("Tickets: this key lacks the scope tickets — …").
    mutating func pageFailed(typeID: String, page: Int, message text: String, _ context: ScreenContext) -> ScreenUpdate
    {
        lists[typeID]?.fail(page: page, message: text)
        let label = context.session.registry.resolve(typeID)?.pluralLabel
        return .ask(.message(StatusMessage(label.map { "\($0): \(text)" } ?? text, kind: .error)))
    }

    /// A record changed elsewhere (a save, a bulk update): every loaded row that holds it shows the change.
    mutating func replace(_ record: CRMRecord, typeID: String) {
        lists[typeID]?.replaceRecord(record)
    }

    /// A record was created: `typeID`'s list shows it first.
    mutating func insert(_ record: CRMRecord, typeID: String) {
        lists[typeID]?.insertAtTop(record)
    }

    /// Records were archived: they leave `typeID`'s list.
    mutating func remove(ids: [String], typeID: String) {
        for id in ids { lists[typeID]?.removeRecord(id: id) }
    }

    /// A whole list read elsewhere takes its type's place.
    mutating func replace(_ list: RecordList) {
        lists[list.typeID] = list
    }
}
