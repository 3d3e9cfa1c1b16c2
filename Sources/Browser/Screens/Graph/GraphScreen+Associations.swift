import CRMCache
import HubSpot

// MARK: - Associating (+) and removing (-) from the graph's centre
extension GraphScreen {
    /// Why `+` does nothing now.
    func addDisabledReason(focus: Pane, _ context: ScreenContext) -> String? {
        if context.session.readOnly { return "read-only mode (--read-only): associations cannot be changed" }
        if let graph, context.writes.isPending(.graph(root: graph.root)) {
            return "an association change is already under way"
        }
        return focus == .graph && graph != nil ? nil : "open the association graph first (a)"
    }

    /// Why `-` does nothing now.
    func removeDisabledReason(focus: Pane, _ context: ScreenContext) -> String? {
        if context.session.readOnly { return "read-only mode (--read-only): associations cannot be changed" }
        guard focus == .graph, let graph else { return "open the association graph first (a)" }
        if context.writes.isPending(.graph(root: graph.root)) { return "an association change is already under way" }
        guard case .record? = graph.selectedRow else { return "select an associated record in the graph" }
        return nil
    }

    /// `+`: the type picker of a new association of the centre (then a search, then a label).
    func beginAdd(_ context: ScreenContext) -> ScreenUpdate {
        guard let current = graph else { return .none }
        var preferred: String?
        switch current.selectedRow {
        case .group(_, let typeID, _, _)?, .more(_, let typeID, _, _)?: preferred = typeID
        case .record(_, let target, _, _)?: preferred = target.typeID
        default: break
        }
        let types = context.session.registry.all.filter { $0.group != .other }
        let name = context.catalog.graphNames[current.root] ?? current.root.id
        return .ask(
            .modal(
                .picker(
                    Picker(
                        title: "Associate \(name) with a…",
                        options: types.map { Picker.Option(label: $0.singularLabel, value: $0.id) },
                        purpose: .associationType(from: current.root), current: preferred))))
    }

    /// `-`: asks before removing the highlighted association.
    func beginRemove(_ context: ScreenContext) -> ScreenUpdate {
        guard let current = graph, case .record(let owner, let target, _, _)? = current.selectedRow else {
            return .none
        }
        let ownerName = context.catalog.graphNames[owner] ?? owner.id
        let targetName = context.catalog.graphNames[target] ?? target.id
        return .ask(
            .modal(
                .confirmation(
                    Confirmation(
                        question:
                            "Remove every association between \(ownerName) and \(targetName)? y removes, any other key keeps",
                        action: .removeAssociation(owner: owner, target: target)))))
    }

    /// The association chosen in the pickers, sent from the centre `from` (labelled by `labelValue`,
    /// "category:typeId", or the pair's default when empty).
    static func associate(
        from: RecordReference, to: RecordReference, labelValue: String, labelText: String,
        _ context: ScreenContext
    ) -> ScreenUpdate {
        var types: [AssociationSpec] = []
        if !labelValue.isEmpty {
            let parts = labelValue.split(separator: ":")
            guard parts.count == 2, let category = AssociationCategory(rawValue: String(parts[0])),
                let typeID = Int(parts[1])
            else { return .none }
            types = [AssociationSpec(category, typeID)]
        }
        let request = WriteRequest.associate(
            fromType: from.typeID, fromID: from.id, toType: to.typeID, toID: to.id,
            types: types)
        return .ask(
            .write(request, from: .graph(root: from)),
            .message(StatusMessage("associating \(context.catalog.graphNames[to] ?? to.id) (\(labelText))…")))
    }

    /// `y` to removing the association between `owner` and `target`.
    func remove(owner: RecordReference, target: RecordReference) -> ScreenUpdate {
        let request = WriteRequest.disassociate(
            fromType: owner.typeID, fromID: owner.id, toType: target.typeID,
            toID: target.id)
        return .ask(
            .write(request, from: .graph(root: graph?.root ?? owner)),
            .message(StatusMessage("removing the association…")))
    }

    /// The outcome of an association write the graph centred on `root` asked for: a removed record leaves
    /// the graph, an added one shows once the centre is read again.
    mutating func writeFinished(root: RecordReference, _ request: WriteRequest, _ outcome: WriteOutcome) -> ScreenUpdate
    {
        guard var current = graph, current.root == root else { return .none }
        let done: String
        switch request {
        case .associate(_, _, _, let toID, _): done = "associated \(toID)"
        case .disassociate(let fromType, let fromID, let toType, let toID):
            done = "removed the association with \(toID)"
            if outcome.succeeded {
                current.remove(
                    RecordReference(typeID: toType, id: toID), from: RecordReference(typeID: fromType, id: fromID))
            }
        default: done = "done"
        }
        var update = ScreenUpdate()
        switch outcome {
        case .saved: update.requests = [.message(StatusMessage(done))]
        case .queued(let pending):
            update.requests = [
                .pending(pending), .message(StatusMessage("offline: \(done) locally, \(pending) pending")),
            ]
        case .rejected(let failure):
            update.requests = [.message(StatusMessage("not changed: \(failure.message)", kind: .error))]
        case .conflict, .partial:
            update.requests = [.message(StatusMessage("not changed: the server refused part of it", kind: .error))]
        }
        if case .associate = request, outcome.succeeded {
            current.hops[current.root] = .loading
            update.effects.append(.loadGraphHop(current.root))
        }
        graph = current
        return update
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
