import HubSpot
import TerminalUI

// MARK: - The list screen as the rest of the browser reaches it: opening a type, the record view following
// the selection, filters, columns, bulk changes
extension BrowserState {
    /// The marked ids of the active list, when the list has focus.
    var markedIDs: [String] {
        guard focus == .list, let list = activeList else { return [] }
        return list.marked
    }

    /// Shows the selected type's list (the graph goes, the record view lets go of another type's record)
    /// and asks for its first page and definitions if needed.
    mutating func openSelectedType() -> [Effect] {
        graphScreen.close()
        let type = selectedType
        if detail?.typeID != type.id { detailScreen.show(nil) }
        return route(listScreen.open(type, context))
    }

    /// Asks for `typeID`'s property definitions unless they are known or already on their way.
    mutating func fetchDefinitionsIfNeeded(_ typeID: String) -> [Effect] {
        guard catalog.definitions[typeID] == nil, !catalog.definitionsInFlight.contains(typeID) else { return [] }
        catalog.definitionsInFlight.insert(typeID)
        return [.fetchDefinitions(typeID: typeID)]
    }

    /// Fetches the next page before the selection reaches the end of the loaded rows.
    mutating func prefetchIfNeeded() -> [Effect] {
        listScreen.prefetch(selectedType, context)
    }

    /// The fetch of one record with every property its type defines.
    func fetchRecordEffect(typeID: String, id: String) -> Effect {
        .fetchRecord(typeID: typeID, id: id, properties: (catalog.definitions[typeID] ?? []).map(\.name))
    }

    /// Until the detail pane takes focus, it follows the list's selection with what the list knows.
    mutating func syncDetailWithSelection() {
        guard focus != .detail, graph == nil, detail?.isNew != true, let record = activeList?.selectedRecord else {
            return
        }
        // Staged edits are never dropped by moving about; only Esc (which asks) or a save ends them.
        if detail?.staged.isEmpty == false { return }
        if let detail, detail.record.id == record.id, detail.typeID == selectedType.id { return }
        detailScreen.show(
            layout.detail == nil && detail == nil
                ? nil
                : RecordDetail(typeID: selectedType.id, record: record, phase: .preview))
    }

    /// Keeps the sidebar's and the list's selections in view at a new size.
    mutating func clampSelections() {
        let layout = self.layout
        navigation.sidebar.moveTo(sidebar.selected, count: registry.all.count, height: layout.sidebarRowsHeight)
        listScreen.clamp(selectedType, layout)
    }

    /// The columns `type`'s list shows.
    func columns(for type: ObjectType) -> [ObjectColumn] {
        ListScreen.columns(for: type, context)
    }

    /// "sorted by Last Name ▲" for the status line, or `nil` when the list is in HubSpot's order.
    func sortSummary(_ type: ObjectType) -> String? {
        ListScreen.sortSummary(type, context)
    }

    /// Applies (or with `nil`, removes) the filter on the active list.
    mutating func setFilter(_ newFilter: ListFilter?) -> [Effect] {
        route(listScreen.setFilter(newFilter, selectedType, context))
    }

    /// Brings back the list a search replaced.
    mutating func leaveLocalSearch() -> [Effect] {
        route(listScreen.leaveSearch())
    }

    /// Drops `type`'s loaded rows and loads its first page again (its columns or sort changed).
    mutating func reloadList(_ type: ObjectType) -> [Effect] {
        var effects = selectedType.id == type.id ? leaveLocalSearch() : []
        listScreen.forget(typeID: type.id)
        guard selectedType.id == type.id else { return effects }
        if focus == .sidebar { navigation.focus = .list }
        effects += openSelectedType()
        return effects
    }

    /// `e` with marked rows: pick the property to set on every one of them.
    mutating func beginBulkEdit() -> [Effect] {
        route(ListScreen.bulkPropertyPicker(selectedType, count: markedIDs.count, context))
    }

    /// Asks before setting `name` to `value` on every marked row.
    mutating func confirmBulkUpdate(typeID: String, name: String, value: String) -> [Effect] {
        route(listScreen.confirmBulkUpdate(typeID: typeID, name: name, value: value, context))
    }
}
