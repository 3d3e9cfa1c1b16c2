import HubSpot
import TerminalUI

/// The detail pane: the record's name, then its properties as label and value, with staged edits
/// as old → new, the server's message next to a property it refused, and the server's value after a conflict.
enum DetailView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        let focused = state.focus == .detail
        guard let detail = state.detail, let type = state.registry.resolve(detail.typeID) else {
            canvas.drawBox(rect, role: "border", title: "Record", titleRole: "title")
            let inner = rect.inset(by: 1)
            canvas.write(
                "Enter opens a record.", at: Point(x: inner.x + 1, y: inner.y),
                role: "detail.empty", clip: inner)
            return
        }
        canvas.drawBox(
            rect, role: focused ? "border.focused" : "border",
            title: detail.isNew
                ? "New \(type.singularLabel.lowercased())" : "\(type.singularLabel) \(detail.record.id)",
            titleRole: focused ? "title.focused" : "title")
        let inner = rect.inset(by: 1)
        guard inner.height > 2 else { return }
        let (titleRect, rest) = inner.splitRows(topHeight: 1)
        var (phaseRect, rowsRect) = rest.splitRows(topHeight: 1)
        if let pins = state.pins, pins.typeID == detail.typeID, pins.recordID == detail.record.id,
            let pinned = pins.pinnedItem, rowsRect.height > 2
        {
            let (pinnedRect, below) = rowsRect.splitRows(topHeight: 1)
            rowsRect = below
            let text =
                " Pinned \(pinned.typeLabel.lowercased()) · \(pinned.dateText) · \(TerminalText.sanitize(pinned.preview))"
            canvas.write(text, at: Point(x: pinnedRect.x, y: pinnedRect.y), role: "status.ok", clip: pinnedRect)
        }
        let title =
            detail.isNew
            ? (detail.associateWith.map { "associated with \(state.graphNames[$0] ?? $0.id) on create" }
                ?? "not saved yet")
            : type.displayName(of: detail.record)
        canvas.write(
            " " + TerminalText.sanitize(title), at: Point(x: titleRect.x, y: titleRect.y),
            role: "title", clip: titleRect)
        let (phaseText, phaseRole): (String, StyleRole) =
            switch detail.phase {
            case .preview: ("preview · Enter loads every property", "text.dim")
            case .loading: ("loading every property…", "status.loading")
            case .loaded where detail.isNew: ("e edits a field · * required · Ctrl-s creates · Esc drops", "text.dim")
            case .loaded:
                (
                    "updated \(HubSpotTimestamp.format(detail.record.updatedAt).prefix(16).replacingOccurrences(of: "T", with: " ")) UTC",
                    "text.dim"
                )
            case .failed(let text): (text, "status.error")
            }
        canvas.write(" " + phaseText, at: Point(x: phaseRect.x, y: phaseRect.y), role: phaseRole, clip: phaseRect)
        let rows = state.detailRows(detail)
        let labelWidth = min(28, max(12, rowsRect.width * 2 / 5))
        let valueWidth = max(1, rowsRect.width - labelWidth - 2)
        if focused, rows.indices.contains(detail.selection.selected) {
            let row = rows[detail.selection.selected]
            let (text, note) = annotatedValue(
                row, detail: detail, definition: state.definition(row.name, typeID: detail.typeID))
            rowsRect = DetailValuePanel.draw(
                label: state.showsInternalNames ? row.name : row.label, value: text + note,
                fitsIn: valueWidth, isHeading: row.isHeading, into: &canvas, rect: rowsRect)
        }
        ListView.draw(into: &canvas, rect: rowsRect, state: detail.selection, count: rows.count, focused: focused) {
            index, selected in
            let row = rows[index]
            let selectedRole: StyleRole = focused ? "list.selected" : "list.selected.unfocused"
            if row.isHeading {
                let heading = TerminalText.pad(" ── " + TerminalText.sanitize(row.label) + " ", toWidth: rowsRect.width)
                return [TextSpan(text: heading, role: selected ? selectedRole : "list.header")]
            }
            let definition = state.definition(row.name, typeID: detail.typeID)
            let shownLabel = state.showsInternalNames ? row.name : row.label
            let label = TerminalText.pad(" " + TerminalText.sanitize(shownLabel), toWidth: labelWidth + 1)
            var (text, note) = annotatedValue(row, detail: detail, definition: definition)
            // Read-only and calculated properties say so beside their value; e refuses them with the reason.
            let lock =
                definition?.calculated == true
                ? "  (calculated)"
                : definition?.modificationMetadata?.readOnlyValue == true ? "  (read-only)" : ""
            if note.isEmpty { note = lock }
            let value = TerminalText.pad(TerminalText.sanitize(text + note), toWidth: valueWidth)
            let marked = detail.staged[row.name] != nil || detail.errors[row.name] != nil
            let valueRole: StyleRole = marked ? "status.loading" : lock.isEmpty ? "detail.value" : "text.dim"
            return [
                TextSpan(text: label + " ", role: selected ? selectedRole : lock.isEmpty ? "detail.label" : "text.dim"),
                TextSpan(text: value, role: selected ? selectedRole : valueRole),
            ]
        }
    }

    /// The row's value with its staged change, and a note: the server's refusal or, after a conflict, its value.
    static func annotatedValue(
        _ row: DetailRows.Row, detail: RecordDetail, definition: PropertyDefinition?
    ) -> (String, String) {
        let show = { (raw: String) in raw.isEmpty ? "(empty)" : PropertyFormatter.display(raw, definition: definition) }
        // The note leads when there is one: in a narrow pane it is what must not be cut off.
        guard let staged = detail.staged[row.name] else {
            if let error = detail.errors[row.name] { return ("✗ " + error, "") }
            return (row.value, "")
        }
        if detail.isNew { return ((detail.errors[row.name].map { "✗ " + $0 + "  " } ?? "") + row.value, "") }
        if let error = detail.errors[row.name] { return ("✗ " + error, "  (yours: " + show(staged) + ")") }
        if let server = detail.conflict {
            return ("mine: " + show(staged), "  theirs: " + show((server[property: row.name] ?? nil) ?? ""))
        }
        let text = row.value + " → " + show(staged)
        let note = ""
        return (text, note)
    }
}
