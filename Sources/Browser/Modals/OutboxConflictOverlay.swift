import CRMCache
import TerminalUI

/// An offline change the server overtook, in a box over the screen: each property with the value
/// queued offline and the server's, and the keys that settle it.
enum OutboxConflictOverlay {
    static func draw(_ entry: OutboxEntry, state: BrowserState, into canvas: inout Canvas) {
        var lines: [(String, StyleRole)] = [(" " + TerminalText.sanitize(entry.change.summary), "title")]
        if case .update(_, _, let properties, _) = entry.change {
            for name in properties.keys.sorted() {
                let theirs = (entry.serverRecord?[property: name] ?? nil) ?? ""
                lines.append((" " + TerminalText.sanitize(name), "detail.label"))
                // Wrapped, never cut: which value to keep is decided on these lines.
                lines += wrapped("mine:   ", properties[name] ?? "", role: "text")
                lines += wrapped("theirs: ", theirs, role: "status.error")
            }
        } else if case .create(_, _, let properties, _) = entry.change, entry.state == .unknown {
            // What was sent, so the person can tell it apart on HubSpot, then why replay could not.
            for name in properties.keys.sorted() {
                lines += wrapped(TerminalText.sanitize(name) + ": ", properties[name] ?? "", role: "text")
            }
            for line in TerminalText.wrap(entry.lastError ?? "", toWidth: Self.width - 6) {
                lines.append((" " + line, "status.error"))
            }
        } else if let reason = entry.lastError {
            lines.append((" " + TerminalText.sanitize(reason), "text"))
        }
        let hints = Modal.outboxConflict(entry).bindings(state.keyBindings).hintLine
        lines += TerminalText.wrap(hints, toWidth: Self.width - 6).map { (" " + $0, "text.dim") }
        let width = min(canvas.size.width - 4, Self.width)
        let height = min(canvas.size.height - 2, lines.count + 2)
        let inner = OverlayBox.draw(
            into: &canvas, width: width, height: height,
            title: entry.state == .unknown
                ? "Sent, but no answer came back: is it on HubSpot?" : "Changed on the server while you were offline")
        for (index, line) in lines.enumerated() where index < inner.height {
            let row = inner.row(index)
            canvas.write(line.0, at: Point(x: row.x, y: row.y), role: line.1, clip: row)
        }
    }

    /// Box width; the value lines wrap to it under their `mine:`/`theirs:` label.
    private static let width = 72

    /// `value` after `label`, wrapped to the box with later lines indented under the value.
    private static func wrapped(_ label: String, _ value: String, role: StyleRole) -> [(String, StyleRole)] {
        let indent = String(repeating: " ", count: 3 + label.count)
        let lines = TerminalText.wrap(value, toWidth: width - 4 - indent.count)
        return (lines.isEmpty ? [""] : lines).enumerated().map { index, line in
            ((index == 0 ? "   " + label : indent) + line, role)
        }
    }
}
