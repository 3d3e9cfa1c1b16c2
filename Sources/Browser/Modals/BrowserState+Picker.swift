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
            detailScreen.unstage(current.unstageOnCancel)
            message = StatusMessage(
                current.unstageOnCancel.isEmpty
                    ? "cancelled"
                    : "cancelled: the pipeline needs a stage of its own, so it was not changed")
            return []
        case .toggle:
            if let option = current.highlighted {
                if current.chosen.remove(option.value) == nil { current.chosen.insert(option.value) }
            }
        case .otherKey:
            let typed = TypedText.add(key, to: &current.text, limit: TypedText.filterLimit, oneLine: true)
            if case .cut(let limit) = typed { message = TypedText.cutMessage("A pick list", limit: limit) }
            if typed != .notText {
                // Typed or pasted: narrowed below.
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
            case .down, .control("n"): current.selection.move(by: 1, count: count, height: height)
            case .up, .control("p"): current.selection.move(by: -1, count: count, height: height)
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
            let staged = route(detailScreen.stage(name, value))
            return staged + route(detailScreen.stagePickerIfPipelineChanged(name, context))
        case .propertyValues(let name):
            let listed = current.options.map(\.value)
            // Values the record holds that the list does not show (hidden options) are kept as they are.
            let unlisted = current.chosen.filter { !listed.contains($0) }.sorted()
            let ordered = listed.filter { current.chosen.contains($0) } + unlisted
            return route(detailScreen.stage(name, ordered.joined(separator: ";")))
        case .palette:
            guard let option = current.highlighted else { return [] }
            return runPaletteChoice(option.value)
        case .bulkProperty(let typeID):
            guard let option = current.highlighted else { return [] }
            return route(ListScreen.bulkValueEditor(typeID: typeID, name: option.value, context))
        case .bulkValue(let typeID, let name):
            guard let option = current.highlighted else { return [] }
            return confirmBulkUpdate(typeID: typeID, name: name, value: option.value)
        case .associationType(let from):
            guard let option = current.highlighted, let type = registry.resolve(option.value) else { return [] }
            picker = Picker(
                title: "Associate with which \(type.singularLabel.lowercased())?", options: [],
                purpose: .associationTarget(from: from, toType: type.id))
            picker?.notice = "type a name, email or domain, then Enter searches \(type.pluralLabel)"
            return []
        case .associationTarget(let from, let toType):
            guard let option = current.highlighted else { return [] }
            let target = RecordReference(typeID: toType, id: option.value)
            graphNames[target] = option.label
            picker = Picker(
                title: "Label for \(option.label)",
                options: [Picker.Option(label: "(no label: the default association)", value: "")],
                purpose: .associationLabel(from: from, to: target))
            picker?.notice = "loading the labels of this pair…"
            return [.fetchAssociationLabels(fromType: from.typeID, toType: toType)]
        case .associationLabel(let from, let to):
            guard let option = current.highlighted else { return [] }
            return route(
                GraphScreen.associate(
                    from: from, to: to, labelValue: option.value, labelText: option.label,
                    context))
        case .columns(let typeID):
            guard let type = registry.resolve(typeID) else { return [] }
            let chosen = route(
                ListScreen.chooseColumns(
                    type, chosen: current.chosenOrder, context))
            return chosen + reloadList(type)
        case .sort(let typeID):
            guard let option = current.highlighted else { return [] }
            guard let type = registry.resolve(typeID) else { return [] }
            return route(ListScreen.chooseSort(type, property: option.value, context)) + reloadList(type)
        }
    }

    /// Fills an open property picker once owners or pipelines arrive.
    mutating func refreshPropertyPicker() {
        guard var current = picker, let options = detailScreen.refreshedOptions(of: current, context),
            case .propertyValue(let name) = current.purpose
        else { return }
        current.options = options
        current.notice = nil
        if let index = current.options.firstIndex(where: { $0.value == detailScreen.effectiveValue(name) }) {
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
            // Two "Dmitri Ivanova" are told apart by the type's fallback title (a contact's email, a company's
            // domain), beside the id.
            let telling = type.fallbackTitleProperties.first.flatMap { record[property: $0] ?? nil } ?? ""
            let note = telling.isEmpty ? record.id : "\(telling) · \(record.id)"
            return Picker.Option(label: name, value: record.id, note: note)
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
        current.options =
            [Picker.Option(label: "(no label: the default association)", value: "")]
            + named.map {
                Picker.Option(
                    label: $0.label ?? "", value: "\($0.category.rawValue):\($0.typeId)",
                    note: "type \($0.typeId)")
            }
        current.notice = nil
        picker = current
    }
}
