import CRMCache
import HubSpot
import TerminalUI

// MARK: - The record view as the rest of the browser asks about it (key tables, views, tests)
extension BrowserState {
    /// The definition of property `name` of `typeID`, once known.
    func definition(_ name: String, typeID: String) -> PropertyDefinition? {
        catalog.definition(name, typeID: typeID)
    }

    /// The rows the detail pane shows for `detail`: the record's properties, or for a new record its form.
    public func detailRows(_ detail: RecordDetail) -> [DetailRows.Row] {
        detailScreen.rows(detail, context)
    }

    /// Why `e` does nothing now, or nil when it edits the selected property (or the marked rows).
    public var editDisabledReason: String? {
        if readOnly { return "read-only mode (--read-only): editing is off" }
        if !markedIDs.isEmpty { return writes.isPending(.batch) ? "a bulk change is already under way" : nil }
        return detailScreen.editDisabledReason(focus: focus, context)
    }

    /// Why `E` does nothing now: it edits one text property of the open record.
    var externalEditDisabledReason: String? {
        if !markedIDs.isEmpty { return "E edits one record; e sets a property on the marked rows" }
        return editDisabledReason ?? detailScreen.externalEditDisabledReason(context)
    }

    /// Why `z` does nothing now, or nil when it shows the selected property's value whole.
    var fullValueDisabledReason: String? { detailScreen.fullValueDisabledReason(focus: focus, context) }

    /// Whether the open record's save (or the create form's create) is under way.
    public var isSaving: Bool { detailScreen.isSaving(context) }

    /// `e`: a property of every marked row, or the open record's selected property.
    mutating func beginEdit() -> [Effect] {
        if !markedIDs.isEmpty { return beginBulkEdit() }
        return route(detailScreen.beginEdit(context))
    }

    /// Ctrl-s: the create form's create, or the open record's staged edits (asked first, with their diff).
    mutating func saveStaged() -> [Effect] {
        if detail?.isNew == true { return route(detailScreen.saveNewRecord(context)) }
        return route(detailScreen.saveQuestion(context))
    }
}
