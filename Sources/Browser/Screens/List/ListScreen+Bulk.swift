import HubSpot
import TerminalUI

// MARK: - Bulk changes on marked rows (Space marks; e sets a property on all, d archives all)
extension ListScreen {
    /// Space: marks (or unmarks) the selected row of `type`'s list; the caller then moves down a row.
    mutating func toggleMark(_ type: ObjectType) -> ScreenUpdate {
        guard var list = lists[type.id], let record = list.selectedRecord else { return .none }
        list.toggleMark(record.id)
        lists[type.id] = list
        let count = list.marked.count
        return .ask(
            .command(.moveDown),
            .message(
                StatusMessage(
                    count == 0
                        ? "no rows marked"
                        : "\(count) marked · e sets a property on all · d archives all · Space unmarks")))
    }

    /// `e` with `count` marked rows: pick the property to set on every one of them.
    static func bulkPropertyPicker(_ type: ObjectType, count: Int, _ context: ScreenContext) -> ScreenUpdate {
        let editable = (context.catalog.definitions[type.id] ?? []).filter { definition in
            if case .readOnly = PropertyEditorKind.of(definition) { return false }
            return definition.hidden != true && definition.hasUniqueValue != true
        }
        return .ask(
            .modal(
                .picker(
                    Picker(
                        title: "Set which property on \(count) \(type.pluralLabel.lowercased())?",
                        options: editable.map { Picker.Option(label: $0.label, value: $0.name, note: $0.name) },
                        purpose: .bulkProperty(typeID: type.id)))), .definitions(typeID: type.id))
    }

    /// The bulk property was chosen: its editor opens for the value.
    static func bulkValueEditor(typeID: String, name: String, _ context: ScreenContext) -> ScreenUpdate {
        let definition = context.catalog.definition(name, typeID: typeID)
        let label = definition?.label ?? name
        switch PropertyEditorKind.of(definition) {
        case .typed, .longText:
            var prompt = PropertyPrompt(name: name, label: label, text: "")
            prompt.bulkTypeID = typeID
            return .ask(.modal(.prompt(prompt)))
        case .toggle:
            return .ask(
                .modal(
                    .picker(
                        Picker(
                            title: label,
                            options: [
                                Picker.Option(label: "Yes", value: "true"), Picker.Option(label: "No", value: "false"),
                            ],
                            purpose: .bulkValue(typeID: typeID, name: name)))))
        case .owner:
            var picker = Picker(
                title: label, options: DetailScreen.ownerOptions(context.catalog.owners),
                purpose: .bulkValue(typeID: typeID, name: name))
            guard context.catalog.owners == nil else { return .ask(.modal(.picker(picker))) }
            picker.notice = "loading owners…"
            return ScreenUpdate(effects: [.fetchOwners], requests: [.modal(.picker(picker))])
        case .select, .multiSelect, .pipeline, .stage:
            // Stages and pipelines of many records are set from the property's options, as HubSpot's bulk edit does.
            let options = (definition?.options ?? []).filter { !$0.hidden }
            return .ask(
                .modal(
                    .picker(
                        Picker(
                            title: label,
                            options: [Picker.Option(label: "(empty: clears the value)", value: "")]
                                + options.map { Picker.Option(label: $0.label, value: $0.value) },
                            purpose: .bulkValue(typeID: typeID, name: name)))))
        case .readOnly(let reason):
            return .ask(.message(StatusMessage(reason)))
        }
    }

    /// Asks before setting `name` to `value` on every marked row of `typeID`'s list.
    func confirmBulkUpdate(typeID: String, name: String, value: String, _ context: ScreenContext) -> ScreenUpdate {
        let ids = lists[typeID]?.marked ?? []
        guard !ids.isEmpty else { return .none }
        let definition = context.catalog.definition(name, typeID: typeID)
        let shown = value.isEmpty ? "(empty)" : PropertyFormatter.display(value, definition: definition)
        let plural = context.session.registry.resolve(typeID)?.pluralLabel.lowercased() ?? "records"
        return .ask(
            .modal(
                .confirmation(
                    Confirmation(
                        question:
                            "Set \(definition?.label ?? name) to \(shown) on \(ids.count) \(plural)? y sets it on all, any other key cancels",
                        action: .bulkUpdate(typeID: typeID, ids: ids, changes: [name: value])))))
    }

    /// Sends the confirmed bulk update (batch update, 100 per request).
    static func bulkUpdate(typeID: String, ids: [String], changes: [String: String]) -> ScreenUpdate {
        .ask(
            .write(.bulkUpdate(typeID: typeID, ids: ids, changes: changes), from: .batch),
            .message(StatusMessage("updating \(ids.count) records…")))
    }

    /// The bulk update ended: changed rows show their new values, refused ones are named with the reason.
    mutating func bulkUpdateFinished(
        typeID: String, ids: [String], changes: [String: String],
        _ outcome: WriteOutcome
    ) -> ScreenUpdate {
        var updated: [String] = []
        let note: StatusMessage
        switch outcome {
        case .saved, .queued:
            updated = ids
            note = StatusMessage(
                outcome == .saved(nil)
                    ? "updated \(ids.count) records"
                    : "offline: \(ids.count) updates saved locally, sent when the network is back")
        case .partial(let succeeded, let failed):
            updated = succeeded
            let first = failed.first.map { "\($0.id): \($0.message)" } ?? ""
            note = StatusMessage("updated \(succeeded.count), \(failed.count) refused (\(first))", kind: .error)
        case .rejected(let failure):
            note = StatusMessage("not updated: \(failure.message)", kind: .error)
        case .conflict:
            note = StatusMessage("not updated", kind: .error)
        }
        if var list = lists[typeID] {
            for id in updated {
                guard var record = list.heldRecord(id: id) else { continue }
                for (name, value) in changes { record.properties[name] = .some(value) }
                list.replaceRecord(record)
            }
            if !updated.isEmpty { list.clearMarks() }
            lists[typeID] = list
        }
        return .ask(.message(note))
    }
}
