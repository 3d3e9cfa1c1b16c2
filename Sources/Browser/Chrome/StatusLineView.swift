import TerminalUI

/// The status line: where you are in the list, what is loading, and the last message.
enum StatusLineView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, role: "status")
        if case .prompt(let prompt) = state.modals.top {
            let head = " \(TerminalText.sanitize(prompt.label)) (\(prompt.name)): "
            var used = canvas.write(head, at: Point(x: rect.x, y: rect.y), role: "status", clip: rect)
            used += canvas.write(
                TerminalText.sanitize(prompt.text), at: Point(x: rect.x + used, y: rect.y),
                role: "status", clip: rect)
            canvas.write("▏", at: Point(x: rect.x + used, y: rect.y), role: "status.loading", clip: rect)
            let hint =
                prompt.error.map { "  " + $0 } ?? "  " + Modal.prompt(prompt).bindings(state.keyBindings).hintLine
            canvas.write(
                hint, at: Point(x: rect.x + used + 1, y: rect.y),
                role: prompt.error == nil ? "text.dim" : "status.error", clip: rect)
            return
        }
        if case .confirmation(let confirmation) = state.modals.top {
            canvas.write(
                " " + TerminalText.sanitize(confirmation.question), at: Point(x: rect.x, y: rect.y),
                role: "status.error", clip: rect)
            return
        }
        if let filter = state.filter, filter.isEditing {
            let used = canvas.write(" /" + filter.text, at: Point(x: rect.x, y: rect.y), role: "status", clip: rect)
            canvas.write("▏", at: Point(x: rect.x + used, y: rect.y), role: "status.loading", clip: rect)
            let hint =
                filter.error.map { "  " + $0 }
                ?? ("  local filter: \(state.activeList?.visibleCount ?? 0) match · Enter searches "
                    + (state.connection.isOffline ? "the cache" : "HubSpot") + " · Tab keeps · Esc clears")
            canvas.write(
                hint, at: Point(x: rect.x + used + 1, y: rect.y),
                role: filter.error == nil ? "text.dim" : "status.error",
                clip: rect)
            return
        }
        var parts = [state.selectedType.pluralLabel]
        if let list = state.activeList {
            parts.append(list.rowsSummary(height: state.layout.listRowsHeight))
            if let page = list.pageInFlight { parts.append("loading page \(page + 1)…") }
            if state.localSearch == nil, let sorted = state.sortSummary(state.selectedType) { parts.append(sorted) }
            if let search = state.localSearch {
                parts.append(
                    search.server == nil
                        ? "from the cache"
                        : "server search \"\(search.text)\"" + (list.total.map { ": \($0) found" } ?? ""))
            } else if state.connection.hasCache, list.loadedPageCount > 0 {
                let shown = state.focus == .detail ? state.detail?.cachedAt : list.oldestCachedPage
                parts.append(ConnectionStatus.freshness(shown))
            }
        }
        if state.connection.pending > 0 { parts.append("\(state.connection.pending) pending") }
        let summary = " " + parts.joined(separator: " · ")
        let used = canvas.write(summary, at: Point(x: rect.x, y: rect.y), role: "status", clip: rect)
        if let message = state.message {
            let role: StyleRole = message.kind == .error ? "status.error" : "status.ok"
            canvas.write("  " + message.text, at: Point(x: rect.x + used, y: rect.y), role: role, clip: rect)
        }
    }
}
