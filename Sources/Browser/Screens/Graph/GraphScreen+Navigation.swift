import CRMCache
import TerminalUI

// MARK: - Opening the graph, moving in it, expanding a neighbour, Enter on a row
extension GraphScreen {
    /// Why `a` does nothing now.
    static func openDisabledReason(_ detail: RecordDetail?) -> String? {
        guard let detail else { return "open a record first (Enter)" }
        return detail.record.id.isEmpty ? "the record has no id yet" : nil
    }

    /// `a`: the graph of `root` (named `name` where the record view knows it, with the associations its live
    /// read named), or the focus when it is already that record's.
    mutating func open(_ root: RecordReference, name: String?, known: KnownAssociations?) -> ScreenUpdate {
        if let graph, graph.root == root { return .ask(.focus(.graph)) }
        graph = AssociationGraph(root: root)
        var update = ScreenUpdate(effects: [.loadGraphHop(root, known: known)], requests: [.focus(.graph)])
        if let name { update.requests.insert(.names([root: name]), at: 0) }
        return update
    }

    /// The graph of `root`, loading, as opening another record at its centre starts it.
    mutating func centre(on root: RecordReference) -> [Effect] {
        graph = AssociationGraph(root: root)
        return [.loadGraphHop(root)]
    }

    /// Rows of the graph visible in `layout`.
    static func rowsHeight(_ layout: BrowserLayout) -> Int {
        max(1, (layout.graph?.height ?? 3) - 2)
    }

    /// Moves the selection, then asks for the names and pages the new view needs.
    mutating func move(_ change: (inout ListState, Int, Int) -> Void, _ context: ScreenContext) -> ScreenUpdate {
        guard var current = graph else { return .none }
        change(&current.selection, current.rows.count, Self.rowsHeight(context.layout))
        graph = current
        return needs(context)
    }

    /// Enter on a row: a record opens at the centre (its own graph), "more" loads the next page, a group
    /// or the centre expands.
    mutating func openSelectedRow(_ context: ScreenContext) -> ScreenUpdate {
        guard let current = graph, let row = current.selectedRow else { return .none }
        switch row {
        case .record(_, let target, _, _):
            return .ask(.openRecord(target, thenGraph: true))
        case .more(let owner, let toTypeID, _, _):
            return .run(loadMore(owner: owner, toTypeID: toTypeID))
        case .group, .root, .note:
            return expandSelectedRow(true)
        }
    }

    /// → or l expands a neighbour (its own associations, the second hop); ← or h folds it.
    mutating func expandSelectedRow(_ expand: Bool) -> ScreenUpdate {
        guard var current = graph, let row = current.selectedRow else { return .none }
        guard case .record(let owner, let target, _, let depth) = row else { return .none }
        guard depth == 1, owner == current.root else {
            return .ask(
                .message(StatusMessage(expand ? "the graph shows two hops; Enter centres it on this record" : "")))
        }
        if !expand {
            current.expanded.remove(target)
            graph = current
            return .none
        }
        if current.expanded.contains(target) { return .none }
        current.expanded.insert(target)
        var effects: [Effect] = []
        if current.hops[target] == nil {
            current.hops[target] = .loading
            effects.append(.loadGraphHop(target))
        }
        graph = current
        return .run(effects)
    }

    /// `r` in the graph: its centre is read again, folded.
    mutating func refresh() -> ScreenUpdate {
        guard var current = graph else { return .none }
        current.hops = [current.root: .loading]
        current.expanded = []
        graph = current
        return .run([.loadGraphHop(current.root)])
    }
}

extension GraphScreen {
    /// Closes the graph (the record view keeps its record).
    mutating func close() {
        graph = nil
    }

    /// Shows `saved` as it was when history left it (`[` and `]`), or no graph.
    mutating func restore(_ saved: AssociationGraph?) {
        graph = saved
    }
}
