import TerminalUI

/// The top line: app name, portal badge and address, and a loading mark.
enum HeaderView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        canvas.fill(rect, role: "status")
        var x = rect.x
        x += canvas.write(" Spoke ", at: Point(x: x, y: rect.y), role: "title", clip: rect)
        let badgeRole: StyleRole = state.portal.kind == .demo ? "badge.demo" : "badge.live"
        x += canvas.write(" \(state.portal.badge) ", at: Point(x: x, y: rect.y), role: badgeRole, clip: rect)
        x += canvas.write(" \(state.portal.summary)", at: Point(x: x, y: rect.y), role: "status", clip: rect)
        if state.isBusy {
            let mark = "⟳ loading… "
            let width = TerminalText.displayWidth(mark)
            if rect.maxX - width > x {
                canvas.write(mark, at: Point(x: rect.maxX - width, y: rect.y), role: "status.loading", clip: rect)
            }
        }
    }
}
