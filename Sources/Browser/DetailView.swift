import HubSpot
import TerminalUI

/// The read-only detail pane: the record's name, then its properties as label and value.
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
            let value = TerminalText.pad(TerminalText.sanitize(row.value), toWidth: valueWidth)
            let selectedRole: StyleRole = focused ? "list.selected" : "list.selected.unfocused"
            return [TextSpan(text: label + " ", role: selected ? selectedRole : "detail.label"),
                    TextSpan(text: value, role: selected ? selectedRole : "detail.value")]
        }
    }
}
