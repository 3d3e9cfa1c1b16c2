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
        // Modals bottom to top: the live one is drawn last, over the rest.
        for modal in state.modals.modals {
            switch modal {
            case .pinMenu:
                // Over the record pane, which has focus and the room: activities are dated, long lines.
                if let rect = layout.detail ?? layout.list ?? layout.graph {
                    PinMenuView.draw(state, into: &canvas, rect: rect)
                }
            case .picker(let picker): PickerView.draw(picker, state: state, into: &canvas)
            case .confirmation(let confirmation):
                if !confirmation.details.isEmpty { ConfirmationView.draw(confirmation, state: state, into: &canvas) }
            case .requestLog: RequestLogOverlay.draw(state, into: &canvas)
            case .help: HelpOverlay.draw(state, into: &canvas)
            case .outboxConflict(let entry): OutboxConflictOverlay.draw(entry, state: state, into: &canvas)
            case .fullValue(let view): FullValueOverlay.draw(view, state: state, into: &canvas)
            case .prompt: break  // typed in the status line
            }
        }
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
