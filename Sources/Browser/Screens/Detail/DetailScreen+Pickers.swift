import HubSpot
import TerminalUI

// MARK: - Pick lists of the record's properties: options, owners, pipelines and stages
extension DetailScreen {
    /// The pick list for property `name`'s editor kind, and the fetches its options still need.
    func propertyPicker(name: String, label: String, kind: PropertyEditorKind, _ context: ScreenContext) -> ScreenUpdate
    {
        guard let detail else { return .none }
        let definition = context.catalog.definition(name, typeID: detail.typeID)
        let current = effectiveValue(name)
        var picker: Picker
        var effects: [Effect] = []
        switch kind {
        case .select, .multiSelect:
            let options = (definition?.options ?? []).filter { !$0.hidden }
                .map { Picker.Option(label: $0.label, value: $0.value) }
            let clear = kind == .multiSelect ? [] : [Picker.Option(label: "(empty: clears the value)", value: "")]
            picker = Picker(
                title: label, options: clear + options,
                purpose: kind == .multiSelect ? .propertyValues(name: name) : .propertyValue(name: name),
                current: current, isMulti: kind == .multiSelect)
        case .owner:
            picker = Picker(
                title: label, options: Self.ownerOptions(context.catalog.owners),
                purpose: .propertyValue(name: name), current: current)
            if context.catalog.owners == nil {
                picker.notice = "loading owners…"
                effects = [.fetchOwners]
            }
        case .pipeline, .stage:
            picker = Picker(
                title: label, options: pipelineOptions(for: name, kind: kind, context),
                purpose: .propertyValue(name: name), current: current)
            if context.catalog.pipelines[detail.typeID] == nil {
                picker.notice = "loading pipelines…"
                effects = [.fetchPipelines(typeID: detail.typeID)]
            }
        default:
            return .none
        }
        return ScreenUpdate(effects: effects, requests: [.modal(.picker(picker))])
    }

    /// Owners as options, by name with the email as a note.
    static func ownerOptions(_ owners: [Owner]?) -> [Picker.Option] {
        [Picker.Option(label: "(no owner)", value: "")]
            + (owners ?? []).map { Picker.Option(label: $0.displayName, value: $0.id, note: $0.email ?? "") }
    }

    /// Pipelines, or the stages of the record's (effective) pipeline, as options.
    func pipelineOptions(for name: String, kind: PropertyEditorKind, _ context: ScreenContext) -> [Picker.Option] {
        guard let detail, let known = context.catalog.pipelines[detail.typeID] else { return [] }
        if kind == .pipeline { return known.map { Picker.Option(label: $0.label, value: $0.id) } }
        let pipelineName = PropertyEditorKind.pipelineOfStage[name] ?? "pipeline"
        let pipelineID = effectiveValue(pipelineName)
        let pipeline = known.first { $0.id == pipelineID } ?? known.first
        return (pipeline?.stages ?? []).map {
            Picker.Option(label: $0.label, value: $0.id, note: pipeline?.label ?? "")
        }
    }

    /// The options of an open property picker once owners or pipelines arrive (nil when its kind has none to add).
    func refreshedOptions(of picker: Picker, _ context: ScreenContext) -> [Picker.Option]? {
        guard case .propertyValue(let name) = picker.purpose, let detail else { return nil }
        let kind = PropertyEditorKind.of(context.catalog.definition(name, typeID: detail.typeID))
        switch kind {
        case .owner: return Self.ownerOptions(context.catalog.owners)
        case .pipeline, .stage: return pipelineOptions(for: name, kind: kind, context)
        default: return nil
        }
    }

    /// After a new pipeline is staged, a stage outside it must be changed too: the stage picker opens.
    func stagePickerIfPipelineChanged(_ name: String, _ context: ScreenContext) -> ScreenUpdate {
        guard let detail, let stageName = PropertyEditorKind.pipelineOfStage.first(where: { $0.value == name })?.key,
            let pipelineID = effectiveValue(name),
            let pipeline = context.catalog.pipelines[detail.typeID]?.first(where: { $0.id == pipelineID })
        else { return .none }
        let stageID = effectiveValue(stageName) ?? ""
        if pipeline.stages.contains(where: { $0.id == stageID }) { return .none }
        var picker = Picker(
            title: "Stage in \(pipeline.label) (required with the new pipeline)",
            options: pipeline.stages.map { Picker.Option(label: $0.label, value: $0.id) },
            purpose: .propertyValue(name: stageName))
        picker.unstageOnCancel = [name]
        return .ask(.modal(.picker(picker)))
    }
}
