import CRMCache
import Foundation
import HubSpot

// MARK: - Create (n) and archive (d)
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
        if let origin, let record = detail?.record, detail?.record.id == origin.id,
           let originType = registry.resolve(origin.typeID) {
            graphNames[origin] = originType.displayName(of: record)
        }
        pushHistory()
        var form = RecordDetail(typeID: type.id, record: CRMRecord(
            id: "", properties: [:], createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0)),
            phase: .loaded)
        form.isNew = true
        form.associateWith = origin
        detail = form
        prefillNewRecordPipeline()
        graphScreen.close()
        focus = .detail
        let required = type.requiredOnCreate.propertyNames
        message = StatusMessage("new \(type.singularLabel.lowercased()): e edits a field"
            + (required.isEmpty ? "" : ", * marks the \(required.count) required") + " · Ctrl-s creates · Esc drops"
            + (unassociated.map { " · not associated with the \($0): add it in the graph with + after" } ?? ""))
        var effects = fetchDefinitionsIfNeeded(type.id)
        let hasPipeline = type.id == "0-3" || required.contains("hs_pipeline_stage")
        if hasPipeline, pipelines[type.id] == nil { effects.append(.fetchPipelines(typeID: type.id)) }
        return effects
    }

    /// A new record of a type with pipelines starts in the first pipeline and its first stage, as HubSpot's
    /// form does; the user may pick others. Runs again when the pipelines arrive after the form opened.
    mutating func prefillNewRecordPipeline() {
        guard var form = detail, form.isNew, let pipeline = pipelines[form.typeID]?.first,
              let stage = pipeline.stages.first else { return }
        // Deals keep their stage in dealstage; tickets and other pipeline types in hs_pipeline_stage.
        let (pipelineName, stageName) = form.typeID == "0-3" ? ("pipeline", "dealstage") : ("hs_pipeline", "hs_pipeline_stage")
        guard form.staged[pipelineName] == nil, form.staged[stageName] == nil else { return }
        form.staged[pipelineName] = pipeline.id
        form.staged[stageName] = stage.id
        form.errors[pipelineName] = nil
        form.errors[stageName] = nil
        detail = form
    }

    /// Ctrl-s on the create form: refused while a required property is empty, else one create request.
    mutating func saveNewRecord() -> [Effect] {
        guard var form = detail, form.isNew, let type = registry.resolve(form.typeID) else { return [] }
        let missing = type.requiredOnCreate.missing(from: form.staged.mapValues { Optional($0) })
        if !missing.isEmpty {
            let labels = missing.map { definition($0, typeID: form.typeID)?.label ?? $0 }
            for name in missing { form.errors[name] = "required" }
            detail = form
            message = StatusMessage("not created: \(labels.joined(separator: ", ")) "
                                    + (missing.count == 1 ? "is" : "are") + " required", kind: .error)
            return []
        }
        var associations: [AssociationInput] = []
        if let origin = form.associateWith, let spec = DefaultAssociationTypes.spec(from: form.typeID, to: origin.typeID) {
            associations.append(AssociationInput(toId: origin.id, types: [spec]))
        }
        let effect = write(.create(typeID: form.typeID, properties: form.staged, associations: associations),
                           from: .create(typeID: form.typeID))
        form.errors = [:]
        detail = form
        message = StatusMessage("creating the \(type.singularLabel.lowercased())…")
        return [effect]
    }

    /// The create request ended: the new record opens, or the server's reasons show by their properties.
    mutating func createFinished(typeID: String, _ outcome: WriteOutcome) -> [Effect] {
        guard var form = detail, form.isNew, form.typeID == typeID else { return [] }
        let label = registry.resolve(form.typeID)?.singularLabel ?? "record"
        switch outcome {
        case .saved(let record?):
            var created = RecordDetail(typeID: form.typeID, record: record, phase: .loading)
            created.base = record.updatedAt
            detail = created
            if form.typeID == selectedType.id { lists[form.typeID]?.insertAtTop(record) }
            message = StatusMessage("created \(label) \(record.id)"
                + (form.associateWith == nil ? "" : ", associated with \(graphNames[form.associateWith!] ?? form.associateWith!.id)"))
            return loadDetailRecord()
        case .saved(nil), .queued:
            if case .queued(let pending) = outcome { connection.pending = pending }
            detail = nil
            focus = .list
            message = StatusMessage("offline: the new \(label.lowercased()) is saved locally and sent when the network is back")
        case .rejected(let failure):
            form.errors = failure.propertyMessages
            detail = form
            message = StatusMessage("not created: \(failure.message)", kind: .error)
        case .conflict, .partial:
            detail = form
            message = StatusMessage("not created", kind: .error)
        }
        return []
    }

    /// `d`: asks before archiving, naming the record (or counting the marked ones).
    mutating func beginArchive() -> [Effect] {
        if !markedIDs.isEmpty {
            let plural = selectedType.pluralLabel.lowercased()
            confirmation = Confirmation(
                question: "Archive the \(markedIDs.count) marked \(plural)? They go to HubSpot's recycle bin. "
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
            for id in ids { lists[typeID]?.removeRecord(id: id) }
            if let detail, detail.typeID == typeID, ids.contains(detail.record.id) {
                self.detail = nil
                graphScreen.close()
                focus = .list
            }
            if case .queued(let pending) = outcome { connection.pending = pending }
            message = StatusMessage("archived " + (ids.count > 3 ? "\(ids.count) records" : ids.joined(separator: ", "))
                                    + (outcome == .saved(nil) ? "" : " locally; sent when the network is back"))
            syncDetailWithSelection()
        case .rejected(let failure):
            message = StatusMessage("not archived: \(failure.message)", kind: .error)
        case .partial(let succeeded, let failed):
            for id in succeeded { lists[typeID]?.removeRecord(id: id) }
            message = StatusMessage("archived \(succeeded.count), \(failed.count) refused: "
                                    + (failed.first?.message ?? ""), kind: .error)
        case .conflict:
            message = StatusMessage("not archived", kind: .error)
        }
        return []
    }
}
