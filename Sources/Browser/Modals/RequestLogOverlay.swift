import TerminalUI

/// The request log (`L`): the last calls, newest first, in a box over the screen.
enum RequestLogOverlay {
    /// Rows of calls the overlay shows at `size`.
    static func rowsHeight(size: Size) -> Int {
        max(1, size.height - 6)
    }

    static func draw(_ state: BrowserState, into canvas: inout Canvas) {
        let entries = Array(state.network.log.reversed())
        let rows = rowsHeight(size: canvas.size)
        let width = min(canvas.size.width - 4, 110)
        let height = min(canvas.size.height - 2, max(3, min(entries.count, rows) + 3))
        let inner = OverlayBox.draw(
            into: &canvas, width: width, height: height,
            title: "Requests (last \(NetworkStatus.logLimit)) · API \(state.session.apiVersion.name)")
        let offset = min(state.requestLogOffset, max(0, entries.count - rows))
        if entries.isEmpty {
            canvas.write(" no requests yet", at: Point(x: inner.x, y: inner.y), role: "text.dim", clip: inner)
        }
        for (line, entry) in entries.dropFirst(offset).prefix(min(rows, inner.height - 1)).enumerated() {
            let row = inner.row(line)
            let role: StyleRole =
                entry.status.map { (200...299).contains($0) ? "text" : "status.error" } ?? "status.error"
            canvas.write(" " + TerminalText.sanitize(entry.line), at: Point(x: row.x, y: row.y), role: role, clip: row)
        }
        let last = inner.row(inner.height - 1)
        let hints = Modal.requestLog(offset: offset).bindings(state.keyBindings).hintLine
        canvas.write(
            " \(state.network.inFlight) in flight · \(entries.count) logged · \(hints)",
            at: Point(x: last.x, y: last.y), role: "text.dim", clip: last)
    }
}
