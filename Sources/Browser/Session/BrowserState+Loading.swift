import HubSpot
import TerminalUI

// MARK: - Loading lists and records
extension BrowserState {
    /// Makes the selected type's list exist and asks for its first page and definitions if needed.
    mutating func openSelectedType() -> [Effect] {
        leaveLocalSearch()
        // The graph is drawn where the list goes: choosing a type shows the list again.
        graphScreen.close()
        let type = selectedType
        filter = nil
        if detail?.typeID != type.id { detailScreen.show(nil) }
        var effects: [Effect] = []
        var list = lists[type.id] ?? RecordList(typeID: type.id)
        if list.loadedPageCount == 0, let request = list.nextPageRequest {
            list.markRequested(page: request.page)
            effects.append(listPageEffect(type, page: request.page, after: request.after))
        }
        lists[type.id] = list
        return effects + fetchDefinitionsIfNeeded(type.id)
    }

    /// Asks for `typeID`'s property definitions unless they are known or already on their way.
    mutating func fetchDefinitionsIfNeeded(_ typeID: String) -> [Effect] {
        guard definitions[typeID] == nil, !definitionsInFlight.contains(typeID) else { return [] }
        definitionsInFlight.insert(typeID)
        return [.fetchDefinitions(typeID: typeID)]
    }

    /// Fetches the next page before the selection reaches the end of the loaded rows.
    mutating func prefetchIfNeeded() -> [Effect] {
        let type = selectedType
        guard var list = lists[type.id], list.loadedPageCount > 0,
              list.wantsNextPage(threshold: max(layout.listRowsHeight, 20)),
              let request = list.nextPageRequest
        else { return [] }
        list.markRequested(page: request.page)
        lists[type.id] = list
        if let search = localSearch?.server {
            return [.fetchSearchPage(typeID: type.id, page: request.page, cursor: request.after, search)]
        }
        return [listPageEffect(type, page: request.page, after: request.after)]
    }

    func fetchRecordEffect(typeID: String, id: String) -> Effect {
        let names = (definitions[typeID] ?? []).map(\.name)
        return .fetchRecord(typeID: typeID, id: id, properties: names)
    }

    /// Until the detail pane takes focus, it follows the list's selection with what the list knows.
    mutating func syncDetailWithSelection() {
        guard focus != .detail, graph == nil, detail?.isNew != true, let record = activeList?.selectedRecord else { return }
        // Staged edits are never dropped by moving about; only Esc (which asks) or a save ends them.
        if detail?.staged.isEmpty == false { return }
        if let detail, detail.record.id == record.id, detail.typeID == selectedType.id { return }
        detailScreen.show(layout.detail == nil && detail == nil ? nil
            : RecordDetail(typeID: selectedType.id, record: record, phase: .preview))
    }

    mutating func clampSelections() {
        let layout = self.layout
        sidebar.moveTo(sidebar.selected, count: registry.all.count, height: layout.sidebarRowsHeight)
        if var list = activeList, list.visibleCount > 0 {
            list.selection.moveTo(list.selection.selected, count: list.visibleCount, height: layout.listRowsHeight)
            lists[list.typeID] = list
        }
    }
}
