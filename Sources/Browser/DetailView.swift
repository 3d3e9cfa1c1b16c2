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
            canvas.write("Enter opens a record.", at: Point(x: inner.x + 1, y: inner.y),
                         role: "detail.empty", clip: inner)
            return
        }
        canvas.drawBox(rect, role: focused ? "border.focused" : "border",
                       title: "\(type.singularLabel) \(detail.record.id)", titleRole: focused ? "title.focused" : "title")
        let inner = rect.inset(by: 1)
        guard inner.height > 2 else { return }
        let (titleRect, rest) = inner.splitRows(topHeight: 1)
        let (phaseRect, rowsRect) = rest.splitRows(topHeight: 1)
        canvas.write(" " + type.displayName(of: detail.record), at: Point(x: titleRect.x, y: titleRect.y),
                     role: "title", clip: titleRect)
        let (phaseText, phaseRole): (String, StyleRole) = switch detail.phase {
        case .preview: ("preview · Enter loads every property", "text.dim")
        case .loading: ("loading every property…", "status.loading")
        case .loaded: ("updated \(HubSpotTimestamp.format(detail.record.updatedAt).prefix(16).replacingOccurrences(of: "T", with: " ")) UTC", "text.dim")
        case .failed(let text): (text, "status.error")
        }
        canvas.write(" " + phaseText, at: Point(x: phaseRect.x, y: phaseRect.y), role: phaseRole, clip: phaseRect)
        let rows = DetailRows.make(record: detail.record, definitions: state.definitions[detail.typeID])
        let labelWidth = min(28, max(12, rowsRect.width * 2 / 5))
        let valueWidth = max(1, rowsRect.width - labelWidth - 2)
        ListView.draw(into: &canvas, rect: rowsRect, state: detail.selection, count: rows.count, focused: focused) {
            index, selected in
            let row = rows[index]
            let label = TerminalText.pad(" " + TerminalText.sanitize(row.label), toWidth: labelWidth + 1)
            let (text, note) = annotatedValue(row, detail: detail, definitions: state.definitions[detail.typeID])
            let value = TerminalText.pad(TerminalText.sanitize(text + note), toWidth: valueWidth)
            let selectedRole: StyleRole = focused ? "list.selected" : "list.selected.unfocused"
            let marked = detail.staged[row.name] != nil || detail.errors[row.name] != nil
            return [TextSpan(text: label + " ", role: selected ? selectedRole : "detail.label"),
                    TextSpan(text: value, role: selected ? selectedRole : marked ? "status.loading" : "detail.value")]
        }
    }

    /// The row's value with its staged change, and a note: the server's refusal or, after a conflict, its value.
    private static func annotatedValue(
        _ row: DetailRows.Row, detail: RecordDetail, definitions: [PropertyDefinition]?
    ) -> (String, String) {
        let definition = definitions?.first { $0.name == row.name }
        let show = { (raw: String) in raw.isEmpty ? "(empty)" : PropertyFormatter.display(raw, definition: definition) }
        // The note leads when there is one: in a narrow pane it is what must not be cut off.
        guard let staged = detail.staged[row.name] else { return (row.value, "") }
        if let error = detail.errors[row.name] { return ("✗ " + error, "  (yours: " + show(staged) + ")") }
        if let server = detail.conflict {
            return ("mine: " + show(staged), "  theirs: " + show((server[property: row.name] ?? nil) ?? ""))
        }
        let text = row.value + " → " + show(staged)
        let note = ""
        return (text, note)
    }
}
