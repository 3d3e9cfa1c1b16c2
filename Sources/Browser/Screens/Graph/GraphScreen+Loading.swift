import CRMCache
import TerminalUI

// MARK: - Hops, pages and names arriving
extension GraphScreen {
    /// A hop (or its cached version) arrived; its groups are put in the sidebar's order of types.
    mutating func receiveHop(
        _ source: RecordReference, groups: [AssociationGraph.Group],
        _ context: ScreenContext
    ) -> ScreenUpdate {
        guard var current = graph, current.hops[source] != nil else { return .none }
        let order = { (typeID: String) in context.session.registry.all.firstIndex { $0.id == typeID } ?? Int.max }
        current.hops[source] = .loaded(groups.sorted { order($0.toTypeID) < order($1.toTypeID) })
        current.selection.clamp(count: current.rows.count, height: Self.rowsHeight(context.layout))
        graph = current
        return needs(context)
    }

    /// A hop could not be read. One already shown from the cache stays; the status line says why it is not live.
    mutating func hopFailed(_ source: RecordReference, message text: String) -> ScreenUpdate {
        guard var current = graph, current.hops[source] != nil else { return .none }
        if case .loaded? = current.hops[source] {
            return .ask(.message(StatusMessage("associations: \(text)", kind: .error)))
        }
        current.hops[source] = .failed(text)
        graph = current
        return .none
    }

    /// The next page of a group arrived.
    mutating func receivePage(
        owner: RecordReference, toTypeID: String, items: [AssociationGraph.Item],
        nextAfter: String?, _ context: ScreenContext
    ) -> ScreenUpdate {
        graph?.receivePage(owner: owner, toTypeID: toTypeID, items: items, nextAfter: nextAfter)
        return needs(context)
    }

    /// The next page of a group could not be read; the group keeps its cursor for another try.
    mutating func pageFailed(owner: RecordReference, toTypeID: String, message text: String) -> ScreenUpdate {
        graph?.pageFailed(owner: owner, toTypeID: toTypeID)
        return .ask(.message(StatusMessage("associations: \(text) · Enter on \"more\" tries again", kind: .error)))
    }

    /// Asks for the next page of a group, unless it is already on its way.
    mutating func loadMore(owner: RecordReference, toTypeID: String) -> [Effect] {
        guard let after = graph?.startLoadingMore(owner: owner, toTypeID: toTypeID) else { return [] }
        return [.loadGraphPage(owner, toTypeID: toTypeID, after: after)]
    }

    /// Names for the visible records that have none yet, and the next page when a group's end is in view.
    mutating func needs(_ context: ScreenContext) -> ScreenUpdate {
        guard let current = graph else { return .none }
        let rows = current.rows
        let height = Self.rowsHeight(context.layout)
        var view = current.selection
        view.clamp(count: rows.count, height: height)
        var asked = Set<RecordReference>()
        var missing: [String: [String]] = [:]
        var effects: [Effect] = []
        for index in view.visibleRange(count: rows.count, height: height) {
            switch rows[index] {
            case .record(_, let target, _, _)
            where context.catalog.graphNames[target] == nil
                && !context.catalog.namesRequested.contains(target) && !asked.contains(target):
                asked.insert(target)
                missing[target.typeID, default: []].append(target.id)
            case .more(let owner, let toTypeID, false, _) where !current.pageHasFailed(owner: owner, toTypeID: toTypeID):
                effects += loadMore(owner: owner, toTypeID: toTypeID)
            default: break
            }
        }
        for typeID in missing.keys.sorted() { effects.append(.loadNames(typeID: typeID, ids: missing[typeID] ?? [])) }
        return ScreenUpdate(effects: effects, requests: asked.isEmpty ? [] : [.namesRequested(asked)])
    }
}
