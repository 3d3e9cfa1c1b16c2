import TerminalUI

/// The status line: where you are in the list, what is loading, and the last message.
enum StatusLineView {
    /// The longest a search's text is quoted in the summary; the rest is elided, so a long query leaves room.
    static let quotedQueryWidth = 32

    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, role: "status")
        if case .prompt(let prompt) = state.modals.top {
            let head = " \(TerminalText.sanitize(prompt.label)) (\(prompt.name)): "
            let hint =
                prompt.error.map { "  " + $0 } ?? "  " + Modal.prompt(prompt).bindings(state.keyBindings).hintLine
            drawTyped(
                head: head, text: prompt.text, hint: hint, hintRole: prompt.error == nil ? "text.dim" : "status.error",
                into: &canvas, rect: rect)
            return
        }
        if case .confirmation(let confirmation) = state.modals.top {
            canvas.write(
                " " + TerminalText.sanitize(confirmation.question), at: Point(x: rect.x, y: rect.y),
                role: "status.error", clip: rect)
            return
        }
        if let filter = state.filter, filter.isEditing {
            let hint =
                filter.error.map { "  " + $0 }
                ?? ("  local filter: \(state.activeList?.visibleCount ?? 0) match · Enter searches "
                    + (state.connection.isOffline ? "the cache" : "HubSpot") + " · Tab keeps · Esc clears")
            drawTyped(
                head: " /", text: filter.text, hint: hint, hintRole: filter.error == nil ? "text.dim" : "status.error",
                into: &canvas, rect: rect)
            return
        }
        var parts = [state.selectedType.pluralLabel]
        if let list = state.activeList {
            parts.append(list.rowsSummary(height: state.layout.listRowsHeight))
            if let page = list.pageInFlight, list.fetchIsInView(height: state.layout.listRowsHeight) {
                parts.append("loading page \(page + 1)…")
            }
            if state.localSearch == nil, let sorted = state.sortSummary(state.selectedType) { parts.append(sorted) }
            if let search = state.localSearch {
                let quoted = TerminalText.truncate(TerminalText.sanitize(search.text), toWidth: Self.quotedQueryWidth)
                parts.append(
                    search.server == nil
                        ? "from the cache"
                        : "server search \"\(quoted)\"" + (list.total.map { ": \($0) found" } ?? ""))
            } else if state.connection.hasCache, list.loadedPageCount > 0 {
                let shown = state.focus == .detail ? state.detail?.cachedAt : list.oldestCachedPage
                parts.append(ConnectionStatus.freshness(shown))
            }
        }
        if state.connection.pending > 0 { parts.append("\(state.connection.pending) pending") }
        var summary = " " + parts.joined(separator: " · ")
        var messageText = state.message.map { "  " + TerminalText.sanitize($0.text) } ?? ""
        // Both fit, or the message (what just happened) keeps its room and the summary gives way, each cut
        // with an ellipsis rather than running off the edge.
        let width = rect.width
        if TerminalText.displayWidth(summary) + TerminalText.displayWidth(messageText) > width {
            let summaryRoom = max(width / 3, width - TerminalText.displayWidth(messageText))
            summary = TerminalText.truncate(summary, toWidth: min(summaryRoom, TerminalText.displayWidth(summary)))
            messageText = TerminalText.truncate(
                messageText, toWidth: max(0, width - TerminalText.displayWidth(summary)))
        }
        let used = canvas.write(summary, at: Point(x: rect.x, y: rect.y), role: "status", clip: rect)
        if let message = state.message {
            let role: StyleRole = message.kind == .error ? "status.error" : "status.ok"
            canvas.write(messageText, at: Point(x: rect.x + used, y: rect.y), role: role, clip: rect)
        }
    }

    /// A prompt being typed: `head`, the text's end (its start elided when it is longer than the line, so the
    /// cursor stays in sight), the cursor, then `hint` where there is room.
    private static func drawTyped(
        head: String, text: String, hint: String, hintRole: StyleRole, into canvas: inout Canvas, rect: Rect
    ) {
        var shown = TerminalText.sanitize(text)
        // The hint (or the reason the text was refused) keeps up to half the line.
        let hintRoom = min(TerminalText.displayWidth(hint), rect.width / 2)
        let room = max(1, rect.width - TerminalText.displayWidth(head) - 2 - hintRoom)
        if TerminalText.displayWidth(shown) > room {
            var tail = ""
            for character in shown.reversed() {
                if TerminalText.displayWidth(String(character) + tail) > room - 1 { break }
                tail = String(character) + tail
            }
            shown = "…" + tail
        }
        var used = canvas.write(head, at: Point(x: rect.x, y: rect.y), role: "status", clip: rect)
        used += canvas.write(shown, at: Point(x: rect.x + used, y: rect.y), role: "status", clip: rect)
        canvas.write("▏", at: Point(x: rect.x + used, y: rect.y), role: "status.loading", clip: rect)
        canvas.write(hint, at: Point(x: rect.x + used + 1, y: rect.y), role: hintRole, clip: rect)
    }
}
