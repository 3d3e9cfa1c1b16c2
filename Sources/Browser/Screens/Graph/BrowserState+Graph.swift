import CRMCache
import HubSpot
import TerminalUI

// MARK: - Association graph pane (a)
extension BrowserState {
    /// Why `a` does nothing now.
    var graphDisabledReason: String? {
        guard let detail else { return "open a record first (Enter)" }
        if detail.record.id.isEmpty { return "the record has no id yet" }
        return nil
    }

    /// Opens the graph of the record in the detail pane, or focuses it when it is already that record's.
    mutating func openGraph() -> [Effect] {
        guard let detail else { return [] }
        let root = RecordReference(typeID: detail.typeID, id: detail.record.id)
        if let graph, graph.root == root {
            focus = .graph
            return []
        }
        if let type = registry.resolve(detail.typeID) { graphNames[root] = type.displayName(of: detail.record) }
        graph = AssociationGraph(root: root)
        focus = .graph
        return [.loadGraphHop(root)]
    }

    /// Closes the graph; the detail pane keeps its record.
    mutating func closeGraph() {
        graph = nil
        focus = detail == nil ? .list : .detail
    }

    /// Rows of the graph visible at the current size.
    var graphRowsHeight: Int { max(1, (layout.graph?.height ?? 3) - 2) }

    /// Moves the graph's selection, then asks for names and pages the new view needs.
    mutating func moveInGraph(_ change: (inout ListState, Int, Int) -> Void) -> [Effect] {
        guard var current = graph else { return [] }
        change(&current.selection, current.rows.count, graphRowsHeight)
        graph = current
        return graphNeeds()
    }

    /// Enter on a graph row: a record opens at the centre (its own graph), "more" loads the next page.
    mutating func openGraphRow() -> [Effect] {
        guard let current = graph, let row = current.selectedRow else { return [] }
        switch row {
        case .record(_, let target, _, _):
            pushHistory()
            return openRecord(target, thenGraph: true)
        case .more(let owner, let toTypeID, _, _):
            return loadMore(owner: owner, toTypeID: toTypeID)
        case .group, .root, .note:
            return expandGraphRow(true)
        }
    }

    /// → or l expands a neighbour (its own associations, the second hop); ← or h folds it.
    mutating func expandGraphRow(_ expand: Bool) -> [Effect] {
        guard var current = graph, let row = current.selectedRow else { return [] }
        guard case .record(let owner, let target, _, let depth) = row else { return [] }
        guard depth == 1, owner == current.root else {
            message = StatusMessage(expand ? "the graph shows two hops; Enter centres it on this record" : "")
            return []
        }
        if !expand {
            current.expanded.remove(target)
            graph = current
            return []
        }
        if current.expanded.contains(target) { return [] }
        current.expanded.insert(target)
        var effects: [Effect] = []
        if current.hops[target] == nil {
            current.hops[target] = .loading
            effects.append(.loadGraphHop(target))
        }
        graph = current
        return effects
    }

    /// `+`: associate the graph's centre with another record (type, then search, then label).
    mutating func beginAddAssociation() -> [Effect] {
        guard let current = graph else { return [] }
        var preferred: String?
        switch current.selectedRow {
        case .group(_, let typeID, _, _)?, .more(_, let typeID, _, _)?: preferred = typeID
        case .record(_, let target, _, _)?: preferred = target.typeID
        default: break
        }
        let types = registry.all.filter { $0.group != .other }
        picker = Picker(title: "Associate \(graphNames[current.root] ?? current.root.id) with a…",
                        options: types.map { Picker.Option(label: $0.singularLabel, value: $0.id) },
                        purpose: .associationType(from: current.root), current: preferred)
        return []
    }

    /// `-`: remove the highlighted association, after asking.
    mutating func beginRemoveAssociation() -> [Effect] {
        guard let current = graph, case .record(let owner, let target, _, _)? = current.selectedRow else { return [] }
        let ownerName = graphNames[owner] ?? owner.id
        let targetName = graphNames[target] ?? target.id
        confirmation = Confirmation(
            question: "Remove every association between \(ownerName) and \(targetName)? y removes, any other key keeps",
            action: .removeAssociation(owner: owner, target: target))
        return []
    }

    /// Sends the association chosen in the pickers.
    mutating func associate(from: RecordReference, to: RecordReference, labelValue: String, labelText: String) -> [Effect] {
        var types: [AssociationSpec] = []
        if !labelValue.isEmpty {
            let parts = labelValue.split(separator: ":")
            guard parts.count == 2, let category = AssociationCategory(rawValue: String(parts[0])),
                  let typeID = Int(parts[1]) else { return [] }
            types = [AssociationSpec(category, typeID)]
        }
        let effect = write(.associate(fromType: from.typeID, fromID: from.id, toType: to.typeID, toID: to.id,
                                      types: types), from: .graph(root: from))
        message = StatusMessage("associating \(graphNames[to] ?? to.id) (\(labelText))…")
        return [effect]
    }

    /// The outcome of an association write the graph centred on `root` asked for: the graph reloads its centre.
    mutating func graphWriteFinished(root: RecordReference, _ request: WriteRequest, _ outcome: WriteOutcome) -> [Effect] {
        guard var current = graph, current.root == root else { return [] }
        let done: String
        switch request {
        case .associate(_, _, _, let toID, _): done = "associated \(toID)"
        case .disassociate(let fromType, let fromID, let toType, let toID):
            done = "removed the association with \(toID)"
            if outcome.succeeded {
                current.remove(RecordReference(typeID: toType, id: toID),
                               from: RecordReference(typeID: fromType, id: fromID))
            }
        default: done = "done"
        }
        switch outcome {
        case .saved: message = StatusMessage(done)
        case .queued(let pending):
            connection.pending = pending
            message = StatusMessage("offline: \(done) locally, \(pending) pending")
        case .rejected(let failure):
            message = StatusMessage("not changed: \(failure.message)", kind: .error)
        case .conflict, .partial:
            message = StatusMessage("not changed: the server refused part of it", kind: .error)
        }
        var effects: [Effect] = []
        if case .associate = request, outcome.succeeded {
            current.hops[current.root] = .loading
            effects.append(.loadGraphHop(current.root))
        }
        graph = current
        return effects
    }

    /// Answers to a yes/no question: `y` does it, any other key does not.
    mutating func answerConfirmation(_ command: ModalCommand) -> [Effect] {
        guard let asked = confirmation else { return [] }
        confirmation = nil
        guard command == .accept else {
            switch asked.action {
            case .save: message = StatusMessage("not saved; the edits stay staged")
            case .dropStaged: message = StatusMessage("kept the staged edits")
            default: message = StatusMessage("nothing changed")
            }
            return []
        }
        switch asked.action {
        case .removeAssociation(let owner, let target):
            let effect = write(.disassociate(fromType: owner.typeID, fromID: owner.id, toType: target.typeID,
                                             toID: target.id), from: .graph(root: graph?.root ?? owner))
            message = StatusMessage("removing the association…")
            return [effect]
        case .archive(let typeID, let ids):
            return archive(typeID: typeID, ids: ids)
        case .save:
            return sendStaged()
        case .bulkUpdate(let typeID, let ids, let changes):
            return bulkUpdate(typeID: typeID, ids: ids, changes: changes)
        case .dropStaged:
            dropStaged()
            return []
        }
    }

    /// A hop (or its cached version) arrived.
    mutating func receiveGraphHop(
        _ source: RecordReference, groups: [AssociationGraph.Group], names: [RecordReference: String]
    ) -> [Effect] {
        graphNames.merge(names) { _, new in new }
        guard var current = graph, current.hops[source] != nil else { return [] }
        current.hops[source] = .loaded(groups.sorted { order(of: $0.toTypeID) < order(of: $1.toTypeID) })
        current.selection.clamp(count: current.rows.count, height: graphRowsHeight)
        graph = current
        return graphNeeds()
    }

    /// A hop could not be read.
    mutating func graphHopFailed(_ source: RecordReference, message text: String) {
        guard var current = graph, current.hops[source] != nil else { return }
        // A hop already shown from the cache stays; the status line says why it is not live.
        if case .loaded? = current.hops[source] {
            message = StatusMessage("associations: \(text)", kind: .error)
            return
        }
        current.hops[source] = .failed(text)
        graph = current
    }

    /// The next page of a group arrived.
    mutating func receiveGraphPage(
        owner: RecordReference, toTypeID: String, items: [AssociationGraph.Item], nextAfter: String?,
        names: [RecordReference: String]
    ) -> [Effect] {
        graphNames.merge(names) { _, new in new }
        graph?.receivePage(owner: owner, toTypeID: toTypeID, items: items, nextAfter: nextAfter)
        return graphNeeds()
    }

    private func order(of typeID: String) -> Int {
        registry.all.firstIndex { $0.id == typeID } ?? Int.max
    }

    private mutating func loadMore(owner: RecordReference, toTypeID: String) -> [Effect] {
        guard let after = graph?.startLoadingMore(owner: owner, toTypeID: toTypeID) else { return [] }
        return [.loadGraphPage(owner, toTypeID: toTypeID, after: after)]
    }

    /// Names for the visible records that have none yet, and the next page when a group's end is in view.
    mutating func graphNeeds() -> [Effect] {
        guard let current = graph else { return [] }
        let rows = current.rows
        var view = current.selection
        view.clamp(count: rows.count, height: graphRowsHeight)
        var missing: [String: [String]] = [:]
        var effects: [Effect] = []
        for index in view.visibleRange(count: rows.count, height: graphRowsHeight) {
            switch rows[index] {
            case .record(_, let target, _, _) where graphNames[target] == nil && !namesRequested.contains(target):
                namesRequested.insert(target)
                missing[target.typeID, default: []].append(target.id)
            case .more(let owner, let toTypeID, false, _) where !current.pageHasFailed(owner: owner, toTypeID: toTypeID):
                effects += loadMore(owner: owner, toTypeID: toTypeID)
            default: break
            }
        }
        for typeID in missing.keys.sorted() { effects.append(.loadNames(typeID: typeID, ids: missing[typeID]!)) }
        return effects
    }
}

extension WriteOutcome {
    /// Whether the change was made, on the server or in the local outbox.
    var succeeded: Bool {
        switch self {
        case .saved, .queued: true
        case .conflict, .rejected, .partial: false
        }
    }
}
