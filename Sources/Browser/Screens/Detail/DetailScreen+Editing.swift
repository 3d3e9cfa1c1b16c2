import CRMCache
import Foundation
import HubSpot
import TerminalUI

// MARK: - Editing properties: stage with e, save with Ctrl-s, conflicts shown before anything is overwritten
extension DetailScreen {
    /// Why `e` does nothing to the open record now, or nil when it edits the selected property.
    func editDisabledReason(focus: Pane, _ context: ScreenContext) -> String? {
        guard focus == .detail, let detail else { return "open a record (Enter) to edit its properties" }
        guard detail.phase == .loaded else { return "the record is still loading" }
        guard let row = selectedRow(context) else { return "no property selected" }
        if row.isHeading { return "\(row.label) is a group heading: select one of its properties" }
        if let definition = context.catalog.definition(row.name, typeID: detail.typeID), definition.isReadOnly {
            return "\(definition.label) is \(definition.calculated == true ? "calculated" : "read-only") in HubSpot"
        }
        return nil
    }

    /// Why `E` does nothing now, past `e`'s reasons: it edits one text property.
    func externalEditDisabledReason(_ context: ScreenContext) -> String? {
        guard let detail, let row = selectedRow(context) else { return "no property selected" }
        switch PropertyEditorKind.of(context.catalog.definition(row.name, typeID: detail.typeID)) {
        case .typed, .longText: return nil
        default: return "\(row.label) is picked from a list or toggled: use e"
        }
    }

    /// Whether the open record's save (or the create form's create) is under way.
    func isSaving(_ context: ScreenContext) -> Bool {
        guard let detail else { return false }
        return context.writes.isPending(detail.isNew ? .create(typeID: detail.typeID) : .detailSave(detail.reference))
    }

    /// `e`: the editor the selected property's type calls for: a toggle flips at once, options open a pick
    /// list, text opens the inline prompt.
    mutating func beginEdit(_ context: ScreenContext) -> ScreenUpdate {
        guard let detail, let row = selectedRow(context) else { return .none }
        let definition = context.catalog.definition(row.name, typeID: detail.typeID)
        let kind = PropertyEditorKind.of(definition)
        switch kind {
        case .readOnly(let reason):
            return .ask(.message(StatusMessage("e: \(reason)")))
        case .toggle:
            return stage(row.name, effectiveValue(row.name) == "true" ? "false" : "true")
        case .select, .multiSelect, .owner, .pipeline, .stage:
            return propertyPicker(name: row.name, label: definition?.label ?? row.name, kind: kind, context)
        case .typed, .longText:
            let current = effectiveValue(row.name) ?? ""
            return .ask(
                .modal(
                    .prompt(
                        PropertyPrompt(
                            name: row.name, label: definition?.label ?? row.name,
                            text: PropertyInput.editableText(current, for: definition)))))
        }
    }

    /// `E`: the selected property's value in `$VISUAL`/`$EDITOR` (for long text and HTML).
    func beginExternalEdit(_ context: ScreenContext) -> ScreenUpdate {
        guard let detail, let row = selectedRow(context) else { return .none }
        if case .readOnly(let reason) = PropertyEditorKind.of(
            context.catalog.definition(row.name, typeID: detail.typeID))
        {
            return .ask(.message(StatusMessage("E: \(reason)")))
        }
        return .run([.app(.suspendForEditor(name: row.name, text: effectiveValue(row.name) ?? ""))])
    }

    /// The external editor ended: its text is staged (after the checks typing inline gets), or its failure said.
    mutating func externalEditFinished(
        name: String, _ result: Result<String, ExternalEditorError>,
        _ context: ScreenContext
    ) -> ScreenUpdate {
        switch result {
        case .success(let text):
            let typeID = detail?.typeID ?? ""
            switch PropertyInput.parse(
                text, for: context.catalog.definition(name, typeID: typeID),
                rules: context.catalog.rules(name, typeID: typeID))
            {
            case .success(let value): return stage(name, value)
            case .failure(let error): return .ask(.message(StatusMessage("not staged: \(error.message)", kind: .error)))
            }
        case .failure(let error): return .ask(.message(StatusMessage(error.message, kind: .error)))
        }
    }

    /// Stages `value` for property `name` of the open record (dropping it when it equals the stored value).
    mutating func stage(_ name: String, _ value: String) -> ScreenUpdate {
        guard var current = detail else { return .none }
        let stored = (current.record[property: name] ?? nil) ?? ""
        current.staged[name] = value == stored ? nil : value
        current.errors[name] = nil
        detail = current
        let count = current.staged.count
        return .ask(.message(StatusMessage(count == 0 ? "no change" : "\(count) staged · Ctrl-s saves · Esc drops")))
    }

    /// Drops what a cancelled pick list had staged on the way (a pipeline whose stage was not picked).
    mutating func unstage(_ names: [String]) {
        for name in names { detail?.staged[name] = nil }
    }

    /// Ctrl-s on a record: the diff of the staged edits, asked before one PATCH sends them.
    func saveQuestion(_ context: ScreenContext) -> ScreenUpdate {
        guard let detail, !detail.staged.isEmpty else { return .none }
        let order = Dictionary(
            rows(detail, context).enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let names = detail.staged.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
        let details = names.map { name -> String in
            let definition = context.catalog.definition(name, typeID: detail.typeID)
            let show = { (raw: String) in
                raw.isEmpty ? "(empty)" : PropertyFormatter.display(raw, definition: definition)
            }
            let old = (detail.conflict?[property: name] ?? nil) ?? (detail.record[property: name] ?? nil) ?? ""
            return "\(definition?.label ?? name): \(show(old)) → \(show(detail.staged[name] ?? ""))"
        }
        let over = detail.conflict == nil ? "" : " over the server's newer values"
        return .ask(
            .modal(
                .confirmation(
                    Confirmation(
                        question:
                            "Save \(names.count) change(s)\(over) in one update? y saves, any other key keeps editing",
                        action: .save, details: details))))
    }

    /// Sends the staged edits the user confirmed: one PATCH, refused by the gateway if the record moved on.
    mutating func sendStaged() -> ScreenUpdate {
        guard var current = detail, !current.staged.isEmpty else { return .none }
        let request = WriteRequest.update(
            typeID: current.typeID, id: current.record.id, changes: current.staged,
            base: current.base ?? current.record.updatedAt)
        current.errors = [:]
        detail = current
        return .ask(
            .write(request, from: .detailSave(current.reference)),
            .message(StatusMessage("saving \(current.staged.count) change(s)…")))
    }

    /// Esc's question answered yes: the staged edits go (the record stays open), or the create form closes.
    mutating func dropStaged(graphShown: Bool) -> ScreenUpdate {
        guard var current = detail else { return .none }
        if current.isNew {
            detail = nil
            return .ask(.focus(.list), .followListSelection, .message(StatusMessage("dropped the new record")))
        }
        current.staged = [:]
        current.errors = [:]
        current.conflict = nil
        detail = current
        return .ask(.focus(graphShown ? .graph : .list), .message(StatusMessage("dropped the staged edits")))
    }

    /// The outcome of a save of `record`'s staged edits, applied when that record is still the open one.
    mutating func saveFinished(_ record: RecordReference, _ outcome: WriteOutcome) -> ScreenUpdate {
        guard var current = detail, !current.isNew, current.reference == record else { return .none }
        var requests: [ScreenUpdate.Request] = []
        switch outcome {
        case .saved(let saved):
            if let saved {
                current.record.properties.merge(saved.properties) { _, new in new }
                current.record.updatedAt = saved.updatedAt
                requests.append(.recordChanged(typeID: current.typeID, current.record))
            }
            requests.append(.message(StatusMessage("saved \(current.staged.count) change(s) to HubSpot")))
            current.staged = [:]
            current.conflict = nil
            current.base = current.record.updatedAt
        case .queued(let pending):
            for (name, value) in current.staged { current.record.properties[name] = .some(value) }
            requests += [
                .recordChanged(typeID: current.typeID, current.record), .pending(pending),
                .message(StatusMessage("offline: saved locally, \(pending) pending; sent when the network is back")),
            ]
            current.staged = [:]
        case .conflict(let server):
            current.conflict = server
            // The next Ctrl-s is a deliberate choice to keep these values over the server's.
            current.base = server.updatedAt
            let names = current.staged.keys.sorted().filter {
                ((server[property: $0] ?? nil) ?? "") != ((current.record[property: $0] ?? nil) ?? "")
            }
            requests.append(
                .message(
                    StatusMessage(
                        "changed on the server since you opened it"
                            + (names.isEmpty ? "" : " (\(names.joined(separator: ", ")))")
                            + ": Ctrl-s keeps yours, t takes theirs", kind: .error)))
        case .rejected(let failure):
            current.errors = failure.propertyMessages
            requests.append(.message(StatusMessage("not saved: \(failure.message)", kind: .error)))
        case .partial(_, let failed):
            requests.append(.message(StatusMessage("not saved: \(failed.first?.message ?? "refused")", kind: .error)))
        }
        detail = current
        return ScreenUpdate(requests: requests)
    }

    /// `t` after a conflict: on a property in conflict, take the server's value for that property only
    /// (the others stay staged, to keep with Ctrl-s); elsewhere, take the server's values for all of them.
    mutating func takeTheirs(_ context: ScreenContext) -> ScreenUpdate {
        guard var current = detail, let server = current.conflict else { return .none }
        let clashing = current.staged.keys.filter { server.properties[$0] != nil }
        let names: [String]
        if let row = selectedRow(context), clashing.contains(row.name) {
            names = [row.name]
        } else {
            names = clashing
        }
        for name in names {
            current.record.properties[name] = server.properties[name] ?? nil
            current.staged[name] = nil
        }
        let remaining = current.staged.keys.filter { server.properties[$0] != nil }
        if remaining.isEmpty {
            current.record.properties.merge(server.properties) { _, new in new }
            current.record.updatedAt = server.updatedAt
            current.conflict = nil
            current.base = server.updatedAt
        }
        detail = current
        return .ask(
            .recordChanged(typeID: current.typeID, current.record),
            .message(
                StatusMessage(
                    remaining.isEmpty
                        ? "took the server's values"
                        : "took theirs for \(names.joined(separator: ", ")); \(remaining.count) left: t takes theirs, Ctrl-s keeps yours"
                )))
    }
}
