import HubSpot
import TerminalUI

// MARK: - Bulk changes on marked rows (Space marks; e sets a property on all, d archives all)
extension BrowserState {
    /// The marked ids of the active list, when the list has focus.
    var markedIDs: [String] {
        guard focus == .list, let list = activeList else { return [] }
        return list.marked
    }

    /// Space: marks (or unmarks) the selected row and moves to the next.
    mutating func toggleMark() -> [Effect] {
        guard var list = activeList, let record = list.selectedRecord else { return [] }
        list.toggleMark(record.id)
        lists[list.typeID] = list
        let count = list.marked.count
        let effects = perform(.moveDown)
        message = StatusMessage(count == 0 ? "no rows marked"
            : "\(count) marked · e sets a property on all · d archives all · Space unmarks")
        return effects
    }

    /// `e` with marked rows: pick the property to set on every one of them.
    mutating func beginBulkEdit() -> [Effect] {
        let type = selectedType
        let editable = (definitions[type.id] ?? []).filter { definition in
            if case .readOnly = PropertyEditorKind.of(definition) { return false }
            return definition.hidden != true && definition.hasUniqueValue != true
        }
        picker = Picker(title: "Set which property on \(markedIDs.count) \(type.pluralLabel.lowercased())?",
                        options: editable.map { Picker.Option(label: $0.label, value: $0.name, note: $0.name) },
                        purpose: .bulkProperty(typeID: type.id))
        return fetchDefinitionsIfNeeded(type.id)
    }

    /// The bulk property was chosen: its editor opens for the value.
    mutating func chooseBulkValue(typeID: String, name: String) -> [Effect] {
        let definition = definition(name, typeID: typeID)
        let label = definition?.label ?? name
        switch PropertyEditorKind.of(definition) {
        case .typed, .longText:
            prompt = PropertyPrompt(name: name, label: label, text: "")
            prompt?.bulkTypeID = typeID
        case .toggle:
            picker = Picker(title: label, options: [Picker.Option(label: "Yes", value: "true"),
                                                    Picker.Option(label: "No", value: "false")],
                            purpose: .bulkValue(typeID: typeID, name: name))
        case .owner:
            picker = Picker(title: label, options: DetailScreen.ownerOptions(owners), purpose: .bulkValue(typeID: typeID, name: name))
            if owners == nil {
                picker?.notice = "loading owners…"
                return [.fetchOwners]
            }
        case .select, .multiSelect, .pipeline, .stage:
            // Stages and pipelines of many records are set from the property's options, as HubSpot's bulk edit does.
            let options = (definition?.options ?? []).filter { !$0.hidden }
            picker = Picker(title: label, options: [Picker.Option(label: "(empty: clears the value)", value: "")]
                                + options.map { Picker.Option(label: $0.label, value: $0.value) },
                            purpose: .bulkValue(typeID: typeID, name: name))
        case .readOnly(let reason):
            message = StatusMessage(reason)
        }
        return []
    }

    /// Asks before setting `name` to `value` on every marked row.
    mutating func confirmBulkUpdate(typeID: String, name: String, value: String) {
        let ids = lists[typeID]?.marked ?? []
        guard !ids.isEmpty else { return }
        let definition = definition(name, typeID: typeID)
        let shown = value.isEmpty ? "(empty)" : PropertyFormatter.display(value, definition: definition)
        let plural = registry.resolve(typeID)?.pluralLabel.lowercased() ?? "records"
        confirmation = Confirmation(
            question: "Set \(definition?.label ?? name) to \(shown) on \(ids.count) \(plural)? y sets it on all, any other key cancels",
            action: .bulkUpdate(typeID: typeID, ids: ids, changes: [name: value]))
    }

    /// Sends the confirmed bulk update (batch update, 100 per request).
    mutating func bulkUpdate(typeID: String, ids: [String], changes: [String: String]) -> [Effect] {
        let effect = write(.bulkUpdate(typeID: typeID, ids: ids, changes: changes), from: .batch)
        message = StatusMessage("updating \(ids.count) records…")
        return [effect]
    }

    /// The bulk update ended: changed rows show their new values, refused ones are named with the reason.
    mutating func bulkUpdateFinished(typeID: String, ids: [String], changes: [String: String], _ outcome: WriteOutcome) {
        var updated: [String] = []
        switch outcome {
        case .saved, .queued:
            updated = ids
            message = StatusMessage(outcome == .saved(nil) ? "updated \(ids.count) records"
                                    : "offline: \(ids.count) updates saved locally, sent when the network is back")
        case .partial(let succeeded, let failed):
            updated = succeeded
            let first = failed.first.map { "\($0.id): \($0.message)" } ?? ""
            message = StatusMessage("updated \(succeeded.count), \(failed.count) refused (\(first))", kind: .error)
        case .rejected(let failure):
            message = StatusMessage("not updated: \(failure.message)", kind: .error)
        case .conflict:
            message = StatusMessage("not updated", kind: .error)
        }
        guard var list = lists[typeID] else { return }
        for id in updated {
            guard var record = list.records.first(where: { $0.id == id }) else { continue }
            for (name, value) in changes { record.properties[name] = .some(value) }
            list.replaceRecord(record)
        }
        if !updated.isEmpty { list.clearMarks() }
        lists[typeID] = list
    }
}
