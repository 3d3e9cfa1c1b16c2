import TerminalUI

/// The pin-activity menu over the list pane: type, date and preview per activity, the pinned one marked.
enum PinMenuView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        guard let menu = state.pins else { return }
        canvas.fill(rect, role: "text")
        canvas.drawBox(rect, role: "border.focused", title: "Pin an activity", titleRole: "title.focused")
        let inner = rect.inset(by: 1)
        guard inner.height > 2 else { return }
        let (hintRect, rowsRect) = inner.splitRows(topHeight: 1)
        let hint: (String, StyleRole) =
            switch menu.phase {
            case .loading: ("loading activities…", "status.loading")
            case .failed(let text): (TerminalText.sanitize(text), "status.error")
            case .loaded where menu.items.isEmpty: ("no associated activities: only those can be pinned", "text.dim")
            case .loaded:
                (
                    "\(menu.items.count) \(menu.items.count == 1 ? "activity" : "activities") · * pinned · "
                        + Modal.pinMenu.bindings(state.keyBindings).hintLine, "text.dim"
                )
            }
        canvas.write(" " + hint.0, at: Point(x: hintRect.x, y: hintRect.y), role: hint.1, clip: hintRect)
        let typeWidth = 13
        let dateWidth = 17
        let previewWidth = max(1, rowsRect.width - typeWidth - dateWidth - 4)
        ListView.draw(into: &canvas, rect: rowsRect, state: menu.selection, count: menu.items.count, focused: true) {
            index, selected in
            let item = menu.items[index]
            let mark = item.id == menu.pinnedID ? "* " : "  "
            let text =
                mark + TerminalText.pad(item.typeLabel, toWidth: typeWidth - 2) + " "
                + TerminalText.pad(item.dateText, toWidth: dateWidth) + " "
                + TerminalText.pad(TerminalText.sanitize(item.preview), toWidth: previewWidth)
            return [TextSpan(text: text, role: selected ? "list.selected" : "text")]
        }
    }
}
