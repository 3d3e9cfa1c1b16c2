import HubSpot
import TerminalUI

/// The record list of the selected type: a header row and one line per loaded record.
enum RecordListView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        let focused = state.focus == .list
        let type = state.selectedType
        canvas.drawBox(
            rect, role: focused ? "border.focused" : "border", title: type.pluralLabel,
            titleRole: focused ? "title.focused" : "title")
        let inner = rect.inset(by: 1)
        guard inner.height > 1, inner.width > 2 else { return }
        let (headerRect, rowsRect) = inner.splitRows(topHeight: 1)
        guard let list = state.activeList else { return }
        if list.visibleCount == 0, list.rowCount > 0 {
            canvas.write(
                "No loaded row matches \"\(list.filterText)\" (Esc clears the filter).",
                at: Point(x: rowsRect.x + 1, y: rowsRect.y), role: "detail.empty", clip: rowsRect)
            return
        }
        if list.rowCount == 0 {
            let text: String
            let role: StyleRole
            if let failure = list.failure {
                (text, role) = (
                    "Could not load \(type.pluralLabel.lowercased()): \(failure)  (r to retry)", "status.error"
                )
            } else if list.isLoading {
                (text, role) = ("Loading \(type.pluralLabel.lowercased())…", "status.loading")
            } else {
                (text, role) = ("No \(type.pluralLabel.lowercased()) in this portal.", "detail.empty")
            }
            // Wrapped: a failure's reason and its fix are longer than a narrow list pane.
            for (row, line) in TerminalText.wrap(text, toWidth: rowsRect.width - 2).prefix(rowsRect.height).enumerated()
            {
                canvas.write(line, at: Point(x: rowsRect.x + 1, y: rowsRect.y + row), role: role, clip: rowsRect)
            }
            return
        }
        let (columns, hidden) = RecordRows.fitNaming(
            state.columns(for: type), width: inner.width - 1, shift: state.listScreen.columnShift[type.id] ?? 0)
        canvas.fill(headerRect, role: "list.header")
        canvas.write(
            " " + RecordRows.header(columns, sort: state.preferences.sorts[type.id]),
            at: Point(x: headerRect.x, y: headerRect.y),
            role: "list.header", clip: headerRect)
        if let hidden {
            // Columns past the width are said to be there, at the header's end, instead of vanishing.
            let x = headerRect.maxX - TerminalText.displayWidth(hidden)
            canvas.write(hidden, at: Point(x: x, y: headerRect.y), role: "status.loading", clip: headerRect)
        }
        let definitions = Dictionary(
            (state.definitions[type.id] ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let pattern = list.filterText
        ListView.draw(
            into: &canvas, rect: rowsRect, state: list.selection, count: list.visibleCount,
            focused: focused
        ) { index, selected in
            let role: StyleRole = selected ? (focused ? "list.selected" : "list.selected.unfocused") : "list.row"
            // A row whose page left memory shows a dot until the page is read back (a few ms from the cache).
            guard let record = list.record(at: list.recordIndex(atVisible: index)) else {
                return [TextSpan(text: " ·", role: selected ? role : "status.loading")]
            }
            let line =
                (list.marked.contains(record.id) ? "●" : " ")
                + RecordRows.line(record, columns: columns, definitions: definitions)
            return highlighted(
                line, pattern: pattern, role: role, matchRole: selected ? "list.match.selected" : "list.match")
        }
        if list.isLoading, list.visibleIndices == nil, list.selection.offset + rowsRect.height >= list.rowCount {
            let y = rowsRect.y + list.rowCount - list.selection.offset
            if y < rowsRect.maxY {
                canvas.write(" loading more…", at: Point(x: rowsRect.x, y: y), role: "status.loading", clip: rowsRect)
            }
        }
    }
}

/// A line split into spans, the characters the filter matched in `matchRole`.
func highlighted(_ line: String, pattern: String, role: StyleRole, matchRole: StyleRole) -> [TextSpan] {
    guard !pattern.isEmpty, let positions = FuzzyMatch.positions(of: pattern, in: line) else {
        return [TextSpan(text: line, role: role)]
    }
    let matched = Set(positions)
    var spans: [TextSpan] = []
    for (offset, character) in line.enumerated() {
        let spanRole = matched.contains(offset) ? matchRole : role
        if let last = spans.last, last.role == spanRole {
            spans[spans.count - 1].text.append(character)
        } else {
            spans.append(TextSpan(text: String(character), role: spanRole))
        }
    }
    return spans
}
