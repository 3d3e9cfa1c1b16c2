import HubSpot
import TerminalUI

/// The object types, grouped: core CRM first, then activities, then the rest. A type known to hold no records is
/// dimmed, and the bottom border counts them (decision 0043).
enum SidebarView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        let focused = state.focus == .sidebar
        canvas.drawBox(
            rect, role: focused ? "border.focused" : "border", title: "Objects",
            titleRole: focused ? "title.focused" : "title")
        let inner = rect.inset(by: 1)
        let types = state.registry.all
        ListView.draw(into: &canvas, rect: inner, state: state.sidebar, count: types.count, focused: focused) {
            index, selected in
            let type = types[index]
            let role: StyleRole =
                if selected {
                    focused ? "sidebar.selected" : "sidebar.selected.unfocused"
                } else if state.isKnownEmpty(type) {
                    "sidebar.empty"
                } else {
                    type.group == .core || type.group == .activity ? "sidebar.item" : "text.dim"
                }
            return [TextSpan(text: TerminalText.pad(" \(type.pluralLabel)", toWidth: inner.width), role: role)]
        }
        let empty = state.emptyTypeCount
        guard empty > 0, rect.width > 6, rect.height >= 2 else { return }
        // In the bottom border, where it takes no row from the types.
        let border = Rect(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, height: 1)
        canvas.write(
            " " + TerminalText.truncate("\(empty) empty", toWidth: border.width - 3) + " ",
            at: Point(x: border.x + 1, y: border.y), role: "sidebar.empty", clip: border)
    }
}
