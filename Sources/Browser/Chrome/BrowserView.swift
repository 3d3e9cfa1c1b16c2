import HubSpot
import TerminalUI

/// Draws the whole browser: a pure function of state into a canvas of roles.
public enum BrowserView {
    /// The canvas for `state` at its size.
    public static func render(_ state: BrowserState) -> Canvas {
        var canvas = Canvas(size: state.size)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(into: &canvas, size: state.size)
            return canvas
        }
        HeaderView.draw(state, into: &canvas, rect: layout.header)
        SidebarView.draw(state, into: &canvas, rect: layout.sidebar)
        if let list = layout.list { RecordListView.draw(state, into: &canvas, rect: list) }
        if let graph = layout.graph { GraphView.draw(state, into: &canvas, rect: graph) }
        if let detail = layout.detail { DetailView.draw(state, into: &canvas, rect: detail) }
        StatusLineView.draw(state, into: &canvas, rect: layout.status)
        FooterView.draw(state, into: &canvas, rect: layout.footer)
        if state.pins?.isOpen == true, let rect = layout.list ?? layout.graph ?? layout.detail {
            PinMenuView.draw(state, into: &canvas, rect: rect)
        }
        if state.picker != nil { PickerView.draw(state, into: &canvas) }
        if let confirmation = state.confirmation, !confirmation.details.isEmpty {
            ConfirmationView.draw(confirmation, into: &canvas)
        }
        if state.showsRequestLog { RequestLogOverlay.draw(state, into: &canvas) }
        if state.showsHelp { HelpOverlay.draw(state, into: &canvas) }
        if let conflict = state.outboxConflict { OutboxConflictOverlay.draw(conflict, into: &canvas) }
        return canvas
    }

    private static func drawTooSmall(into canvas: inout Canvas, size: Size) {
        let lines = [
            "Terminal too small",
            "need \(BrowserLayout.minimumSize.width)×\(BrowserLayout.minimumSize.height), have \(size.width)×\(size.height)",
        ]
        for (index, line) in lines.enumerated() where index < size.height {
            let width = TerminalText.displayWidth(line)
            let x = max(0, (size.width - width) / 2)
            let y = max(0, size.height / 2 - 1) + index
            canvas.write(line, at: Point(x: x, y: min(y, size.height - 1)), role: index == 0 ? "status.error" : "text")
        }
    }
}
