import TerminalUI

/// The status line: where you are in the list, what is loading, and the last message.
enum StatusLineView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, role: "status")
        var parts = [state.selectedType.pluralLabel]
        if let list = state.activeList {
            parts.append(list.rowsSummary(height: state.layout.listRowsHeight))
            if let page = list.pageInFlight { parts.append("loading page \(page + 1)…") }
        }
        let summary = " " + parts.joined(separator: " · ")
        let used = canvas.write(summary, at: Point(x: rect.x, y: rect.y), role: "status", clip: rect)
        if let message = state.message {
            let role: StyleRole = message.kind == .error ? "status.error" : "status.ok"
            canvas.write("  " + message.text, at: Point(x: rect.x + used, y: rect.y), role: role, clip: rect)
        }
    }
}
