import HubSpot
import TerminalUI

// MARK: - The rows the record view shows, and the values it will save
extension DetailScreen {
    /// The rows the detail pane shows: the record's properties, or for a new record its form.
    func rows(_ detail: RecordDetail, _ context: ScreenContext) -> [DetailRows.Row] {
        let definitions = context.catalog.definitions[detail.typeID]
        if detail.isNew, let type = context.session.registry.resolve(detail.typeID) {
            return DetailRows.form(type: type, definitions: definitions ?? [], staged: detail.staged)
        }
        return DetailRows.make(
            record: detail.record, definitions: definitions,
            groups: context.catalog.propertyGroups[detail.typeID], includeEmpty: showsEmptyProperties)
    }

    /// The row under the selection.
    func selectedRow(_ context: ScreenContext) -> DetailRows.Row? {
        guard let detail else { return nil }
        let rows = rows(detail, context)
        return rows.indices.contains(detail.selection.selected) ? rows[detail.selection.selected] : nil
    }

    /// The value of `name` the open record will have once saved: the staged one, else the stored one.
    func effectiveValue(_ name: String) -> String? {
        guard let detail else { return nil }
        return detail.staged[name] ?? (detail.record[property: name] ?? nil)
    }

    /// `v`: lists empty properties too (or only those with values).
    mutating func toggleEmptyProperties() -> ScreenUpdate {
        showsEmptyProperties.toggle()
        return .ask(
            .message(
                StatusMessage(
                    showsEmptyProperties
                        ? "showing every property, empty ones too"
                        : "showing the properties that have values")))
    }

    /// `i`: internal property names (or labels).
    mutating func toggleInternalNames() -> ScreenUpdate {
        showsInternalNames.toggle()
        return .ask(
            .message(StatusMessage(showsInternalNames ? "showing internal property names" : "showing property labels")))
    }

    /// Shows `detail` (a record opened, a preview of the list's selection, a form), or nothing.
    mutating func show(_ detail: RecordDetail?) {
        self.detail = detail
    }

    /// Moves the property rows' selection.
    mutating func move(_ change: (inout ListState, Int, Int) -> Void, _ context: ScreenContext) {
        guard var current = detail else { return }
        change(&current.selection, rows(current, context).count, context.layout.detailRowsHeight)
        detail = current
    }
}
