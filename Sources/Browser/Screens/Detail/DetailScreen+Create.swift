import CRMCache
import Foundation
import HubSpot

// MARK: - The create form (n): required properties first, a pipeline prefilled, Ctrl-s creates
extension DetailScreen {
    /// Opens the create form of `type`, to be associated with `origin` when there is one; `unassociated`
    /// names the type it will not be associated with (Spoke knows no default association type for the pair).
    mutating func openForm(
        _ type: ObjectType, associateWith origin: RecordReference?, unassociated: String?,
        _ context: ScreenContext
    ) -> ScreenUpdate {
        var form = RecordDetail(
            typeID: type.id,
            record: CRMRecord(
                id: "", properties: [:], createdAt: Date(timeIntervalSince1970: 0),
                updatedAt: Date(timeIntervalSince1970: 0)),
            phase: .loaded)
        form.isNew = true
        form.associateWith = origin
        var requests: [ScreenUpdate.Request] = []
        if let origin, let record = detail?.record, detail?.record.id == origin.id,
            let originType = context.session.registry.resolve(origin.typeID)
        {
            requests.append(.names([origin: originType.displayName(of: record)]))
        }
        detail = form
        prefillPipeline(context)
        let required = type.requiredOnCreate.propertyNames
        requests += [
            .focus(.detail), .definitions(typeID: type.id),
            .message(
                StatusMessage(
                    "new \(type.singularLabel.lowercased()): e edits a field"
                        + (required.isEmpty ? "" : ", * marks the \(required.count) required")
                        + " · Ctrl-s creates · Esc drops"
                        + (unassociated.map { " · not associated with the \($0): add it in the graph with + after" }
                            ?? ""))),
        ]
        let hasPipeline = type.id == "0-3" || required.contains("hs_pipeline_stage")
        let effects: [Effect] =
            hasPipeline && context.catalog.pipelines[type.id] == nil ? [.fetchPipelines(typeID: type.id)] : []
        return ScreenUpdate(effects: effects, requests: requests)
    }

    /// A new record of a type with pipelines starts in the first pipeline and its first stage, as HubSpot's
    /// form does; the user may pick others. Runs again when the pipelines arrive after the form opened.
    mutating func prefillPipeline(_ context: ScreenContext) {
        guard var form = detail, form.isNew, let pipeline = context.catalog.pipelines[form.typeID]?.first,
            let stage = pipeline.stages.first
        else { return }
        // Deals keep their stage in dealstage; tickets and other pipeline types in hs_pipeline_stage.
        let (pipelineName, stageName) =
            form.typeID == "0-3" ? ("pipeline", "dealstage") : ("hs_pipeline", "hs_pipeline_stage")
        guard form.staged[pipelineName] == nil, form.staged[stageName] == nil else { return }
        form.staged[pipelineName] = pipeline.id
        form.staged[stageName] = stage.id
        form.errors[pipelineName] = nil
        form.errors[stageName] = nil
        detail = form
    }

    /// Ctrl-s on the create form: refused while a required property is empty, else one create request.
    mutating func saveNewRecord(_ context: ScreenContext) -> ScreenUpdate {
        guard var form = detail, form.isNew, let type = context.session.registry.resolve(form.typeID) else {
            return .none
        }
        let missing = type.requiredOnCreate.missing(from: form.staged.mapValues { Optional($0) })
        if !missing.isEmpty {
            let labels = missing.map { context.catalog.definition($0, typeID: form.typeID)?.label ?? $0 }
            for name in missing { form.errors[name] = "required" }
            detail = form
            return .ask(
                .message(
                    StatusMessage(
                        "not created: \(labels.joined(separator: ", ")) "
                            + (missing.count == 1 ? "is" : "are") + " required", kind: .error)))
        }
        var associations: [AssociationInput] = []
        if let origin = form.associateWith,
            let spec = DefaultAssociationTypes.spec(from: form.typeID, to: origin.typeID)
        {
            associations.append(AssociationInput(toId: origin.id, types: [spec]))
        }
        form.errors = [:]
        detail = form
        return .ask(
            .write(
                .create(typeID: form.typeID, properties: form.staged, associations: associations),
                from: .create(typeID: form.typeID)),
            .message(StatusMessage("creating the \(type.singularLabel.lowercased())…")))
    }

    /// The create request ended: the new record opens, or the server's reasons show by their properties.
    mutating func createFinished(typeID: String, _ outcome: WriteOutcome, _ context: ScreenContext) -> ScreenUpdate {
        guard var form = detail, form.isNew, form.typeID == typeID else { return .none }
        let label = context.session.registry.resolve(form.typeID)?.singularLabel ?? "record"
        switch outcome {
        case .saved(let record?):
            var created = RecordDetail(typeID: form.typeID, record: record, phase: .loading)
            created.base = record.updatedAt
            detail = created
            let associated =
                form.associateWith.map { ", associated with \(context.catalog.graphNames[$0] ?? $0.id)" } ?? ""
            return .ask(
                .recordCreated(typeID: form.typeID, record),
                .message(StatusMessage("created \(label) \(record.id)" + associated)), .loadOpenRecord)
        case .saved(nil), .queued:
            detail = nil
            var requests: [ScreenUpdate.Request] = [
                .focus(.list),
                .message(
                    StatusMessage(
                        "offline: the new \(label.lowercased()) is saved locally and sent when the network is back")),
            ]
            if case .queued(let pending) = outcome { requests.insert(.pending(pending), at: 0) }
            return ScreenUpdate(requests: requests)
        case .rejected(let failure) where (200...299).contains(failure.status ?? 0):
            // HubSpot created it and the answer did not parse: the form closes, so a second Ctrl-s cannot create
            // a duplicate, and the list is read again to show the new record.
            detail = nil
            return .ask(
                .focus(.list), .command(.refresh),
                .message(
                    StatusMessage(
                        "created the \(label.lowercased()), but its answer was unreadable (\(failure.message)); "
                            + "the list is refreshed instead", kind: .error)))
        case .rejected(let failure):
            form.errors = failure.propertyMessages
            detail = form
            return .ask(.message(StatusMessage("not created: \(failure.message)", kind: .error)))
        case .conflict, .partial:
            return .ask(.message(StatusMessage("not created", kind: .error)))
        }
    }

    /// Records of `typeID` were archived: the record view lets go of the open one if it was among them.
    /// Returns whether it was.
    mutating func close(ifAmong ids: [String], typeID: String) -> Bool {
        guard let detail, detail.typeID == typeID, ids.contains(detail.record.id) else { return false }
        self.detail = nil
        return true
    }
}
