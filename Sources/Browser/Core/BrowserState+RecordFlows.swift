import CRMCache
import Foundation
import HubSpot

// MARK: - Flows across screens: create (n) opens a form in the record view, archive (d) takes records out of every screen
extension BrowserState {
    /// Why `n` does nothing now.
    var createDisabledReason: String? {
        if readOnly { return "read-only mode (--read-only): creating is off" }
        if detail?.staged.isEmpty == false { return "save (Ctrl-s) or drop (Esc) the staged edits first" }
        return nil
    }

    /// Why `d` does nothing now.
    var archiveDisabledReason: String? {
        if readOnly { return "read-only mode (--read-only): archiving is off" }
        if writes.isPending(.batch) { return "an archive is already under way" }
        guard let target = archiveTarget else { return "select a record to archive" }
        return target.id.isEmpty ? "the record is not saved yet" : nil
    }

    /// The record `d` would archive: the open one in the detail pane, else the list's selection.
    private var archiveTarget: RecordReference? {
        if focus == .detail || focus == .graph, let detail, !detail.isNew {
            return RecordReference(typeID: detail.typeID, id: detail.record.id)
        }
        guard focus == .list, let record = activeList?.selectedRecord else { return nil }
        return RecordReference(typeID: selectedType.id, id: record.id)
    }

    /// `n`: the create form of the selected type, associated with the open record when there is one. In the
    /// graph, a type's group (or a record in it) makes a record of that type, associated with the centre.
    mutating func beginCreate() -> [Effect] {
        var type = selectedType
        var origin: RecordReference?
        if focus == .graph, let graph {
            origin = graph.root
            switch graph.selectedRow {
            case .group(let owner, let typeID, _, _)? where owner == graph.root:
                type = registry.resolve(typeID) ?? type
            case .record(let owner, let target, _, _)? where owner == graph.root:
                type = registry.resolve(target.typeID) ?? type
            default: break
            }
        } else if focus == .detail, let detail, !detail.isNew, !detail.record.id.isEmpty {
            origin = RecordReference(typeID: detail.typeID, id: detail.record.id)
        }
        var unassociated: String?
        if let candidate = origin, DefaultAssociationTypes.spec(from: type.id, to: candidate.typeID) == nil {
            // Spoke knows HubSpot's default type only for the core pairs; say so rather than drop it silently.
            if focus == .graph { unassociated = registry.resolve(candidate.typeID)?.singularLabel.lowercased() }
            origin = nil
        }
        pushHistory()
        graphScreen.close()
        return route(detailScreen.openForm(type, associateWith: origin, unassociated: unassociated, context))
    }

    /// `d`: asks before archiving, naming the record (or the marked ones, the first few by name).
    mutating func beginArchive() -> [Effect] {
        if !markedIDs.isEmpty {
            let plural = selectedType.pluralLabel.lowercased()
            let type = selectedType
            // Named, so a wrong mark is seen before anything goes to the recycle bin.
            let names = markedIDs.prefix(Self.namedInQuestion).map { id in
                activeList?.records.first { $0.id == id }.map { "\(type.displayName(of: $0)) (\(id))" } ?? id
            }
            let more =
                markedIDs.count > Self.namedInQuestion ? " and \(markedIDs.count - Self.namedInQuestion) more" : ""
            confirmation = Confirmation(
                question: "Archive the \(markedIDs.count) marked \(plural): \(names.joined(separator: ", "))\(more)? "
                    + "They go to HubSpot's recycle bin. "
                    + "y archives them all, any other key keeps them",
                action: .archive(typeID: selectedType.id, ids: markedIDs))
            return []
        }
        guard let target = archiveTarget, let type = registry.resolve(target.typeID) else { return [] }
        let record = detail?.record.id == target.id ? detail?.record : activeList?.selectedRecord
        let name = record.map { type.displayName(of: $0) } ?? target.id
        confirmation = Confirmation(
            question: "Archive \(type.singularLabel.lowercased()) \"\(name)\" (\(target.id))? "
                + "It goes to HubSpot's recycle bin. y archives, any other key keeps it",
            action: .archive(typeID: target.typeID, ids: [target.id]))
        return []
    }

    /// How many marked records a bulk question names; the rest are counted.
    static let namedInQuestion = 5

    /// Sends the archive the user confirmed.
    mutating func archive(typeID: String, ids: [String]) -> [Effect] {
        let effect = write(.archive(typeID: typeID, ids: ids), from: .batch)
        message = StatusMessage("archiving \(ids.count == 1 ? ids[0] : "\(ids.count) records")…")
        return [effect]
    }

    /// The archive ended: the record leaves the list and the detail pane.
    mutating func archiveFinished(_ request: WriteRequest, _ outcome: WriteOutcome) -> [Effect] {
        guard case .archive(let typeID, let ids) = request else { return [] }
        switch outcome {
        case .saved, .queued:
            listScreen.remove(ids: ids, typeID: typeID)
            if detailScreen.close(ifAmong: ids, typeID: typeID) {
                graphScreen.close()
                focus = .list
            }
            if case .queued(let pending) = outcome { connection.pending = pending }
            message = StatusMessage(
                "archived " + (ids.count > 3 ? "\(ids.count) records" : ids.joined(separator: ", "))
                    + (outcome == .saved(nil) ? "" : " locally; sent when the network is back"))
            syncDetailWithSelection()
        case .rejected(let failure):
            message = StatusMessage("not archived: \(failure.message)", kind: .error)
        case .partial(let succeeded, let failed):
            listScreen.remove(ids: succeeded, typeID: typeID)
            message = StatusMessage(
                "archived \(succeeded.count), \(failed.count) refused: "
                    + (failed.first?.message ?? ""), kind: .error)
        case .conflict:
            message = StatusMessage("not archived", kind: .error)
        }
        return []
    }
}
