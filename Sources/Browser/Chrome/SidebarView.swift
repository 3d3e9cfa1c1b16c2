import HubSpot
import TerminalUI

/// The object types, grouped: core CRM first, then activities, then the rest.
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
                selected
                ? (focused ? "sidebar.selected" : "sidebar.selected.unfocused")
                : (type.group == .core || type.group == .activity ? "sidebar.item" : "text.dim")
            return [TextSpan(text: TerminalText.pad(" \(type.pluralLabel)", toWidth: inner.width), role: role)]
        }
    }
}
