import TerminalUI

/// The top line: app name, portal badge and address, and a loading mark.
enum HeaderView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, role: "status")
        var x = rect.x
        x += canvas.write(" Spoke ", at: Point(x: x, y: rect.y), role: "title", clip: rect)
        // A live portal that cannot be reached is not shown as LIVE (the banner on the right says why).
        let offlineLive = state.portal.kind == .live && state.connection.isOffline
        let badgeRole: StyleRole =
            state.portal.kind == .demo ? "badge.demo" : offlineLive ? "status.error" : "badge.live"
        let badge = offlineLive ? "OFFLINE" : state.portal.badge
        x += canvas.write(" \(badge) ", at: Point(x: x, y: rect.y), role: badgeRole, clip: rect)
        if state.session.readOnly {
            x += canvas.write(" READ-ONLY ", at: Point(x: x + 1, y: rect.y), role: "badge.demo", clip: rect) + 1
        }
        x += canvas.write(" \(state.portal.summary)", at: Point(x: x, y: rect.y), role: "status", clip: rect)
        var marks: [(String, StyleRole)] = []
        // Offline, the client's last retry note is stale: the banner says what holds now.
        if let banner = state.connection.banner {
            marks.append((banner, "status.error"))
        } else if let note = state.network.summary {
            marks.append((note, state.network.retrying == nil ? "text.dim" : "status.loading"))
        }
        if state.network.inFlight > 0 {
            marks.append(("⟳ \(state.network.inFlight) in flight", "status.loading"))
        } else if state.showsLoading {
            marks.append(("⟳ loading…", "status.loading"))
        }
        var right = rect.maxX - 1
        for (mark, role) in marks.reversed() {
            var text = mark
            let room = right - x - 2
            if TerminalText.displayWidth(text) > room {
                // Cut, never dropped: a slow request's note starts with its wait and the bound of that wait.
                guard room >= 12 else { break }
                text = TerminalText.truncate(text, toWidth: room)
            }
            let width = TerminalText.displayWidth(text)
            right -= width
            canvas.write(text, at: Point(x: right, y: rect.y), role: role, clip: rect)
            right -= 2
        }
    }
}
