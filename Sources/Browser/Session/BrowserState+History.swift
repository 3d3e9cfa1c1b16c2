import CRMCache
import Foundation
import HubSpot

// MARK: - Navigation history ([ back, ] forward) and opening records
extension BrowserState {
    /// The current place, as history keeps it.
    private var currentEntry: NavigationEntry {
        NavigationEntry(sidebarSelected: sidebar.selected, detail: detail, graph: graph, focus: focus)
    }

    /// Remembers where the browser is before it goes somewhere new; forward history is dropped.
    mutating func pushHistory() {
        push(currentEntry)
    }

    /// Adds `entry` to the back history (the last 100 are kept) and drops the forward history.
    private mutating func push(_ entry: NavigationEntry) {
        backHistory.append(entry)
        if backHistory.count > 100 { backHistory.removeFirst() }
        forwardHistory = []
    }

    /// Enter on a type in the sidebar: the type entered before goes into history, so `[` returns to its list.
    /// (Moving through the sidebar only previews lists; that is not a place of its own.)
    mutating func enterSelectedType() -> [Effect] {
        if let visited = visitedTypeID, visited != selectedType.id,
            let index = registry.all.firstIndex(where: { $0.id == visited })
        {
            push(NavigationEntry(sidebarSelected: index, detail: nil, graph: nil, focus: .list))
        }
        visitedTypeID = selectedType.id
        focus = .list
        return openSelectedType()
    }

    /// `[` and `]`: returns to the previous (or next) place, as it was left.
    mutating func navigate(back: Bool) -> [Effect] {
        if detail?.staged.isEmpty == false {
            message = StatusMessage("save (Ctrl-s) or drop (Esc) the staged edits first")
            return []
        }
        guard let entry = back ? backHistory.popLast() : forwardHistory.popLast() else { return [] }
        if back { forwardHistory.append(currentEntry) } else { backHistory.append(currentEntry) }
        var effects: [Effect] = []
        if entry.sidebarSelected != sidebar.selected {
            sidebar.selected = entry.sidebarSelected
            effects = openSelectedType()
        }
        detailScreen.show(entry.detail)
        graphScreen.restore(entry.graph)
        focus = entry.focus
        if focus == .graph, graph == nil { focus = .detail }
        if focus == .detail, detail == nil { focus = .list }
        if focus != .sidebar { visitedTypeID = selectedType.id }
        // What was still loading when the place was left was dropped on arrival: ask again.
        if detail?.phase == .loading { effects += loadDetailRecord() }
        if let graph {
            for (source, hop) in graph.hops where hop == .loading { effects.append(.loadGraphHop(source)) }
        }
        if detail?.phase == .loaded { effects += route(detailScreen.loadPins(context)) }
        return effects
    }

    /// Opens `target` in the detail pane (any type), and with `thenGraph` centres the graph on it.
    mutating func openRecord(_ target: RecordReference, thenGraph: Bool) -> [Effect] {
        var record = CRMRecord(
            id: target.id, properties: [:], createdAt: Date(timeIntervalSince1970: 0),
            updatedAt: Date(timeIntervalSince1970: 0))
        if let type = registry.resolve(target.typeID), let name = graphNames[target],
            let property = type.titleProperties.first
        {
            record.properties[property] = .some(name)
        }
        detailScreen.show(RecordDetail(typeID: target.typeID, record: record, phase: .loading))
        var effects = loadDetailRecord()
        if thenGraph {
            effects += graphScreen.centre(on: target)
            focus = .graph
        } else {
            graphScreen.close()
            focus = .detail
        }
        return effects
    }

    /// Closes the graph; the detail pane keeps its record and takes the focus (the list, without one).
    mutating func closeGraph() {
        graphScreen.close()
        focus = detail == nil ? .list : .detail
    }

    /// Fetches the open record with every property, after its type's definitions when they are not known yet.
    mutating func loadDetailRecord() -> [Effect] {
        guard let detail else { return [] }
        let typeID = detail.typeID
        if definitions[typeID] == nil { return fetchDefinitionsIfNeeded(typeID) }
        return [fetchRecordEffect(typeID: typeID, id: detail.record.id)]
    }
}
