import CRMCache
import Foundation
import HubSpot
import TerminalUI

// MARK: - Editing properties: stage with e, save with Ctrl-s, conflicts shown before anything is overwritten
extension BrowserState {
    /// Why `e` does nothing now, or nil when it edits the selected property.
    public var editDisabledReason: String? {
        if readOnly { return "read-only mode (--read-only): editing is off" }
        if !markedIDs.isEmpty { return writes.isPending(.batch) ? "a bulk change is already under way" : nil }
        guard focus == .detail, let detail else { return "open a record (Enter) to edit its properties" }
        guard detail.phase == .loaded else { return "the record is still loading" }
        guard let row = selectedDetailRow else { return "no property selected" }
        if row.isHeading { return "\(row.label) is a group heading: select one of its properties" }
        if let definition = definition(row.name, typeID: detail.typeID), definition.isReadOnly {
            return "\(definition.label) is \(definition.calculated == true ? "calculated" : "read-only") in HubSpot"
        }
        return nil
    }

    /// Whether the open record's save (or the create form's create) is under way.
    public var isSaving: Bool {
        guard let detail else { return false }
        return writes.isPending(detail.isNew ? .create(typeID: detail.typeID) : .detailSave(detail.reference))
    }

    /// The detail row under the selection.
    var selectedDetailRow: DetailRows.Row? {
        guard let detail else { return nil }
        let rows = detailRows(detail)
        return rows.indices.contains(detail.selection.selected) ? rows[detail.selection.selected] : nil
    }

    /// The rows the detail pane shows: the record's properties, or for a new record its form.
    public func detailRows(_ detail: RecordDetail) -> [DetailRows.Row] {
        if detail.isNew, let type = registry.resolve(detail.typeID) {
            return DetailRows.form(type: type, definitions: definitions[detail.typeID] ?? [], staged: detail.staged)
        }
        return DetailRows.make(record: detail.record, definitions: definitions[detail.typeID],
                               groups: propertyGroups[detail.typeID], includeEmpty: showsEmptyProperties)
    }

    func definition(_ name: String, typeID: String) -> PropertyDefinition? {
        definitions[typeID]?.first { $0.name == name }
    }

    /// Edits the selected property with the editor its type calls for: a toggle flips at once, options
    /// open a pick list, text opens the inline prompt.
    mutating func beginEdit() -> [Effect] {
        if !markedIDs.isEmpty { return beginBulkEdit() }
        guard let detail, let row = selectedDetailRow else { return [] }
        let definition = definition(row.name, typeID: detail.typeID)
        let kind = PropertyEditorKind.of(definition)
        switch kind {
        case .readOnly(let reason):
            message = StatusMessage("e: \(reason)")
            return []
        case .toggle:
            stage(row.name, effectiveValue(row.name) == "true" ? "false" : "true")
            return []
        case .select, .multiSelect, .owner, .pipeline, .stage:
            return openPropertyPicker(name: row.name, label: definition?.label ?? row.name, kind: kind)
        case .typed, .longText:
            let current = effectiveValue(row.name) ?? ""
            prompt = PropertyPrompt(name: row.name, label: definition?.label ?? row.name,
                                    text: PropertyInput.editableText(current, for: definition))
            return []
        }
    }

    /// Why `E` does nothing now: it edits one text property of the open record.
    var externalEditDisabledReason: String? {
        if !markedIDs.isEmpty { return "E edits one record; e sets a property on the marked rows" }
        if let reason = editDisabledReason { return reason }
        guard let detail, let row = selectedDetailRow else { return "no property selected" }
        switch PropertyEditorKind.of(definition(row.name, typeID: detail.typeID)) {
        case .typed, .longText: return nil
        default: return "\(row.label) is picked from a list or toggled: use e"
        }
    }

    /// E: edits the selected property's value in `$VISUAL`/`$EDITOR` (for long text and HTML).
    mutating func beginExternalEdit() -> [Effect] {
        guard let detail, let row = selectedDetailRow else { return [] }
        if case .readOnly(let reason) = PropertyEditorKind.of(definition(row.name, typeID: detail.typeID)) {
            message = StatusMessage("E: \(reason)")
            return []
        }
        return [.app(.suspendForEditor(name: row.name, text: effectiveValue(row.name) ?? ""))]
    }

    /// The external editor ended: its text is staged, or its failure said.
    mutating func externalEditFinished(name: String, _ result: Result<String, ExternalEditorError>) {
        switch result {
        case .success(let text):
            // The same checks as typing inline: a number must still be a number.
            switch PropertyInput.parse(text, for: detail.flatMap { definition(name, typeID: $0.typeID) }) {
            case .success(let value): stage(name, value)
            case .failure(let error): message = StatusMessage("not staged: \(error.message)", kind: .error)
            }
        case .failure(let error): message = StatusMessage(error.message, kind: .error)
        }
    }

    /// Keys typed into the inline editor: Enter stages the value (if it parses), Esc cancels.
    mutating func typeIntoPrompt(_ key: Key, _ command: ModalCommand) -> [Effect] {
        guard var current = prompt else { return [] }
        if let typeID = current.bulkTypeID, command == .accept {
            switch PropertyInput.parse(current.text, for: definition(current.name, typeID: typeID)) {
            case .failure(let error):
                current.error = error.message
                prompt = current
            case .success(let value):
                prompt = nil
                confirmBulkUpdate(typeID: typeID, name: current.name, value: value)
            }
            return []
        }

        current.error = nil
        switch command {
        case .otherKey:
            if case .character(let character) = key { current.text.append(character) }
            if key == .backspace, !current.text.isEmpty { current.text.removeLast() }
        case .clear: current.text = ""
        case .close:
            prompt = nil
            return []
        case .accept:
            guard let detail else { return [] }
            switch PropertyInput.parse(current.text, for: definition(current.name, typeID: detail.typeID)) {
            case .failure(let error):
                current.error = error.message
            case .success(let value):
                prompt = nil
                stage(current.name, value)
                return []
            }
        default: break
        }
        prompt = current
        return []
    }

    /// Ctrl-s: one PATCH with every staged value, refused by the gateway if the record moved on.
    /// On a create form, the new record (after checking its required properties).
    mutating func saveStaged() -> [Effect] {
        if detail?.isNew == true { return saveNewRecord() }
        guard let detail, !detail.staged.isEmpty else { return [] }
        let rows = detailRows(detail)
        let order = Dictionary(rows.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let names = detail.staged.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
        let details = names.map { name -> String in
            let definition = definition(name, typeID: detail.typeID)
            let show = { (raw: String) in raw.isEmpty ? "(empty)" : PropertyFormatter.display(raw, definition: definition) }
            let old = (detail.conflict?[property: name] ?? nil) ?? (detail.record[property: name] ?? nil) ?? ""
            return "\(definition?.label ?? name): \(show(old)) → \(show(detail.staged[name] ?? ""))"
        }
        let over = detail.conflict == nil ? "" : " over the server's newer values"
        confirmation = Confirmation(
            question: "Save \(names.count) change(s)\(over) in one update? y saves, any other key keeps editing",
            action: .save, details: details)
        return []
    }

    /// Sends the staged edits the user confirmed: one PATCH, refused by the gateway if the record moved on.
    mutating func sendStaged() -> [Effect] {
        guard var detail, !detail.staged.isEmpty else { return [] }
        let effect = write(.update(typeID: detail.typeID, id: detail.record.id, changes: detail.staged,
                                   base: detail.base ?? detail.record.updatedAt), from: .detailSave(detail.reference))
        detail.errors = [:]
        self.detail = detail
        message = StatusMessage("saving \(detail.staged.count) change(s)…")
        return [effect]
    }

    /// Esc in the detail pane with staged edits asked first, and y answered: the edits (or the form) go.
    mutating func dropStaged() {
        guard var detail else { return }
        if detail.isNew {
            leaveNewForm()
            message = StatusMessage("dropped the new record")
            return
        }
        detail.staged = [:]
        detail.errors = [:]
        detail.conflict = nil
        self.detail = detail
        focus = graph == nil ? .list : .graph
        message = StatusMessage("dropped the staged edits")
    }

    /// Closes a create form: the detail pane follows the list again.
    mutating func leaveNewForm() {
        detail = nil
        focus = .list
        syncDetailWithSelection()
    }

    /// The outcome of a save of `record`'s staged edits, applied when that record is still the open one.
    mutating func finishSave(_ record: RecordReference, outcome: WriteOutcome) -> [Effect] {
        guard var detail, !detail.isNew, detail.reference == record else { return [] }
        switch outcome {
        case .saved(let record):
            if let record {
                detail.record.properties.merge(record.properties) { _, new in new }
                detail.record.updatedAt = record.updatedAt
                replaceInLists(typeID: detail.typeID, record: detail.record)
            }
            message = StatusMessage("saved \(detail.staged.count) change(s) to HubSpot")
            detail.staged = [:]
            detail.conflict = nil
            detail.base = detail.record.updatedAt
        case .queued(let pending):
            for (name, value) in detail.staged { detail.record.properties[name] = .some(value) }
            replaceInLists(typeID: detail.typeID, record: detail.record)
            connection.pending = pending
            message = StatusMessage("offline: saved locally, \(pending) pending; sent when the network is back")
            detail.staged = [:]
        case .conflict(let server):
            detail.conflict = server
            // The next Ctrl-s is a deliberate choice to keep these values over the server's.
            detail.base = server.updatedAt
            let names = detail.staged.keys.sorted().filter {
                ((server[property: $0] ?? nil) ?? "") != ((detail.record[property: $0] ?? nil) ?? "")
            }
            message = StatusMessage("changed on the server since you opened it"
                + (names.isEmpty ? "" : " (\(names.joined(separator: ", ")))")
                + ": Ctrl-s keeps yours, t takes theirs", kind: .error)
        case .rejected(let failure):
            detail.errors = failure.propertyMessages
            message = StatusMessage("not saved: \(failure.message)", kind: .error)
        case .partial(_, let failed):
            message = StatusMessage("not saved: \(failed.first?.message ?? "refused")", kind: .error)
        }
        self.detail = detail
        return []
    }

    /// `t` after a conflict: on a property in conflict, take the server's value for that property only
    /// (the others stay staged, to keep with Ctrl-s); elsewhere, take the server's values for all of them.
    mutating func takeTheirs() {
        guard var detail, let server = detail.conflict else { return }
        let clashing = detail.staged.keys.filter { server.properties[$0] != nil }
        let names: [String]
        if let row = selectedDetailRow, clashing.contains(row.name) {
            names = [row.name]
        } else {
            names = clashing
        }
        for name in names {
            detail.record.properties[name] = server.properties[name] ?? nil
            detail.staged[name] = nil
        }
        let remaining = detail.staged.keys.filter { server.properties[$0] != nil }
        if remaining.isEmpty {
            detail.record.properties.merge(server.properties) { _, new in new }
            detail.record.updatedAt = server.updatedAt
            detail.conflict = nil
            detail.base = server.updatedAt
        }
        replaceInLists(typeID: detail.typeID, record: detail.record)
        self.detail = detail
        message = StatusMessage(remaining.isEmpty ? "took the server's values"
            : "took theirs for \(names.joined(separator: ", ")); \(remaining.count) left: t takes theirs, Ctrl-s keeps yours")
    }

    /// Shows a changed record in every loaded list row that holds it, without moving the selection.
    mutating func replaceInLists(typeID: String, record: CRMRecord) {
        lists[typeID]?.replaceRecord(record)
    }
}
