import CRMCache
import HubSpot
import TerminalUI

// MARK: - Pick lists: property values, owners, pipelines and stages, association steps
extension BrowserState {
    /// Rows of options a picker shows at the current size.
    var pickerRowsHeight: Int { max(3, min(16, size.height - 10)) }

    /// Keys while a picker is open: text narrows (or is the query), arrows move, Enter picks, Esc cancels.
    mutating func typeIntoPicker(_ key: Key, _ command: ModalCommand) -> [Effect] {
        guard var current = picker else { return [] }
        let height = pickerRowsHeight
        let count = current.visible.count
        switch command {
        case .close:
            picker = nil
            for name in current.unstageOnCancel { detail?.staged[name] = nil }
            message = StatusMessage(current.unstageOnCancel.isEmpty ? "cancelled"
                                    : "cancelled: the pipeline needs a stage of its own, so it was not changed")
            return []
        case .toggle:
            if let option = current.highlighted {
                if current.chosen.remove(option.value) == nil { current.chosen.insert(option.value) }
            }
        case .otherKey:
            if case .character(let character) = key {
                current.text.append(character)
            } else if key == .backspace, !current.text.isEmpty {
                current.text.removeLast()
            } else {
                return []
            }
            if !current.isSearch { current.selection = ListState(selected: 0, offset: 0) }
        case .clear:
            current.text = ""
        case .move:
            switch key {
            case .down: current.selection.move(by: 1, count: count, height: height)
            case .up: current.selection.move(by: -1, count: count, height: height)
            case .pageDown: current.selection.page(1, count: count, height: height)
            case .pageUp: current.selection.page(-1, count: count, height: height)
            case .home: current.selection.moveTo(0, count: count, height: height)
            case .end: current.selection.moveTo(count - 1, count: count, height: height)
            default: break
            }
        case .accept:
            if current.isSearch, current.text != current.searchedText {
                guard case .associationTarget(_, let toType) = current.purpose else { return [] }
                let query = current.text.trimmingCharacters(in: .whitespaces)
                current.searchedText = current.text
                current.notice = "searching…"
                current.options = []
                picker = current
                return [.searchRecords(typeID: toType, text: query)]
            }
            if case .palette = current.purpose, let shortcut = paletteShortcut(current.text) {
                picker = nil
                return runPaletteChoice(shortcut)
            }
            return pick(current)
        default:
            break
        }
        picker = current
        return []
    }

    /// Acts on the highlighted option (or the chosen set of a multi-select) by the picker's purpose.
    private mutating func pick(_ current: Picker) -> [Effect] {
        if !current.isMulti, current.highlighted == nil { return [] }
        picker = nil
        switch current.purpose {
        case .propertyValue(let name):
            guard let value = current.highlighted?.value else { return [] }
            stage(name, value)
            return askForStageIfPipelineChanged(name)
        case .propertyValues(let name):
            let listed = current.options.map(\.value)
            // Values the record holds that the list does not show (hidden options) are kept as they are.
            let unlisted = current.chosen.filter { !listed.contains($0) }.sorted()
            let ordered = listed.filter { current.chosen.contains($0) } + unlisted
            stage(name, ordered.joined(separator: ";"))
            return []
        case .palette:
            guard let option = current.highlighted else { return [] }
            return runPaletteChoice(option.value)
        case .bulkProperty(let typeID):
            guard let option = current.highlighted else { return [] }
            return chooseBulkValue(typeID: typeID, name: option.value)
        case .bulkValue(let typeID, let name):
            guard let option = current.highlighted else { return [] }
            confirmBulkUpdate(typeID: typeID, name: name, value: option.value)
            return []
        case .associationType(let from):
            guard let option = current.highlighted, let type = registry.resolve(option.value) else { return [] }
            picker = Picker(title: "Associate with which \(type.singularLabel.lowercased())?", options: [],
                            purpose: .associationTarget(from: from, toType: type.id))
            picker?.notice = "type a name, email or domain, then Enter searches \(type.pluralLabel)"
            return []
        case .associationTarget(let from, let toType):
            guard let option = current.highlighted else { return [] }
            let target = RecordReference(typeID: toType, id: option.value)
            graphNames[target] = option.label
            picker = Picker(title: "Label for \(option.label)",
                            options: [Picker.Option(label: "(no label: the default association)", value: "")],
                            purpose: .associationLabel(from: from, to: target))
            picker?.notice = "loading the labels of this pair…"
            return [.fetchAssociationLabels(fromType: from.typeID, toType: toType)]
        case .associationLabel(let from, let to):
            guard let option = current.highlighted else { return [] }
            return route(GraphScreen.associate(from: from, to: to, labelValue: option.value, labelText: option.label,
                                               context))
        case .columns(let typeID):
            return applyColumns(typeID: typeID, chosen: current.chosen, offered: current.options.map(\.value))
        case .sort(let typeID):
            guard let option = current.highlighted else { return [] }
            return applySort(typeID: typeID, property: option.value)
        }
    }

    /// Stages `value` for property `name` of the open record (dropping it when it equals the stored value).
    mutating func stage(_ name: String, _ value: String) {
        guard var detail else { return }
        let stored = (detail.record[property: name] ?? nil) ?? ""
        detail.staged[name] = value == stored ? nil : value
        detail.errors[name] = nil
        self.detail = detail
        let count = detail.staged.count
        message = StatusMessage(count == 0 ? "no change" : "\(count) staged · Ctrl-s saves · Esc drops")
    }

    /// The value of `name` the open record will have once saved: the staged one, else the stored one.
    func effectiveValue(_ name: String) -> String? {
        guard let detail else { return nil }
        return detail.staged[name] ?? (detail.record[property: name] ?? nil)
    }

    /// After a new pipeline is staged, a stage outside it must be changed too: the stage picker opens.
    private mutating func askForStageIfPipelineChanged(_ name: String) -> [Effect] {
        guard let detail, let stageName = PropertyEditorKind.pipelineOfStage.first(where: { $0.value == name })?.key,
              let pipelineID = effectiveValue(name),
              let pipeline = pipelines[detail.typeID]?.first(where: { $0.id == pipelineID })
        else { return [] }
        let stageID = effectiveValue(stageName) ?? ""
        if pipeline.stages.contains(where: { $0.id == stageID }) { return [] }
        picker = Picker(title: "Stage in \(pipeline.label) (required with the new pipeline)",
                        options: pipeline.stages.map { Picker.Option(label: $0.label, value: $0.id) },
                        purpose: .propertyValue(name: stageName))
        picker?.unstageOnCancel = [name]
        return []
    }

    /// The picker for property `name`'s editor kind, and the fetches its options still need.
    mutating func openPropertyPicker(name: String, label: String, kind: PropertyEditorKind) -> [Effect] {
        guard let detail else { return [] }
        let definition = definition(name, typeID: detail.typeID)
        let current = effectiveValue(name)
        switch kind {
        case .select, .multiSelect:
            let options = (definition?.options ?? []).filter { !$0.hidden }
                .map { Picker.Option(label: $0.label, value: $0.value) }
            picker = Picker(title: label, options: [Picker.Option(label: "(empty: clears the value)", value: "")]
                                + options,
                            purpose: kind == .multiSelect ? .propertyValues(name: name) : .propertyValue(name: name),
                            current: current, isMulti: kind == .multiSelect)
            if kind == .multiSelect { picker?.options.removeFirst() }
            return []
        case .owner:
            picker = Picker(title: label, options: ownerOptions, purpose: .propertyValue(name: name), current: current)
            if owners == nil {
                picker?.notice = "loading owners…"
                return [.fetchOwners]
            }
            return []
        case .pipeline, .stage:
            picker = Picker(title: label, options: pipelineOptions(for: name, kind: kind),
                            purpose: .propertyValue(name: name), current: current)
            if pipelines[detail.typeID] == nil {
                picker?.notice = "loading pipelines…"
                return [.fetchPipelines(typeID: detail.typeID)]
            }
            return []
        default:
            return []
        }
    }

    /// Owners as options, by name with the email as a note.
    var ownerOptions: [Picker.Option] {
        [Picker.Option(label: "(no owner)", value: "")]
            + (owners ?? []).map { Picker.Option(label: $0.displayName, value: $0.id, note: $0.email ?? "") }
    }

    /// Pipelines, or the stages of the record's (effective) pipeline, as options.
    func pipelineOptions(for name: String, kind: PropertyEditorKind) -> [Picker.Option] {
        guard let detail, let known = pipelines[detail.typeID] else { return [] }
        if kind == .pipeline { return known.map { Picker.Option(label: $0.label, value: $0.id) } }
        let pipelineName = PropertyEditorKind.pipelineOfStage[name] ?? "pipeline"
        let pipelineID = effectiveValue(pipelineName)
        let pipeline = known.first { $0.id == pipelineID } ?? known.first
        return (pipeline?.stages ?? []).map { Picker.Option(label: $0.label, value: $0.id, note: pipeline?.label ?? "") }
    }

    /// Fills an open property picker once owners or pipelines arrive.
    mutating func refreshPropertyPicker() {
        guard var current = picker, case .propertyValue(let name) = current.purpose, let detail else { return }
        let kind = PropertyEditorKind.of(definition(name, typeID: detail.typeID))
        switch kind {
        case .owner: current.options = ownerOptions
        case .pipeline, .stage: current.options = pipelineOptions(for: name, kind: kind)
        default: return
        }
        current.notice = nil
        if let index = current.options.firstIndex(where: { $0.value == effectiveValue(name) }) {
            current.selection.moveTo(index, count: current.options.count, height: pickerRowsHeight)
        }
        picker = current
    }
}

// MARK: - Association pickers' answers
extension BrowserState {
    /// Search results for the association-target picker.
    mutating func receiveSearch(typeID: String, text: String, records: [CRMRecord]) {
        guard var current = picker, case .associationTarget(let from, let toType) = current.purpose, toType == typeID,
              current.searchedText.map({ $0.trimmingCharacters(in: .whitespaces) }) == text,
              let type = registry.resolve(typeID)
        else { return }
        current.options = records.filter { RecordReference(typeID: typeID, id: $0.id) != from }.map { record in
            let name = type.displayName(of: record)
            graphNames[RecordReference(typeID: typeID, id: record.id)] = name
            return Picker.Option(label: name, value: record.id, note: record.id)
        }
        current.notice = current.options.isEmpty ? "no \(type.pluralLabel.lowercased()) match \"\(text)\"" : nil
        current.selection = ListState(selected: 0, offset: 0)
        picker = current
    }

    /// The labels of a pair of types, for the association-label picker: the unlabeled default first.
    mutating func receiveAssociationLabels(fromType: String, toType: String, _ labels: [AssociationTypeLabel]) {
        guard var current = picker, case .associationLabel(let from, let to) = current.purpose,
              from.typeID == fromType, to.typeID == toType
        else { return }
        let named = labels.filter { $0.label?.isEmpty == false }
        current.options = [Picker.Option(label: "(no label: the default association)", value: "")]
            + named.map { Picker.Option(label: $0.label ?? "", value: "\($0.category.rawValue):\($0.typeId)",
                                        note: "type \($0.typeId)") }
        current.notice = nil
        picker = current
    }
}
