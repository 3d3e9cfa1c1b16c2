import CRMCache
import TerminalUI

/// The association graph pane: the open record at the top, its associations grouped by type with
/// counts and labels, and under an expanded neighbour its own associations, indented.
enum GraphView {
    static func draw(_ state: BrowserState, into canvas: inout Canvas, rect: Rect) {
        guard let graph = state.graph else { return }
        let focused = state.focus == .graph
        canvas.drawBox(
            rect, role: focused ? "border.focused" : "border", title: "Associations",
            titleRole: focused ? "title.focused" : "title")
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        let rows = graph.rows
        ListView.draw(into: &canvas, rect: inner, state: graph.selection, count: rows.count, focused: focused) {
            index, selected in
            let (text, role) = line(rows[index], graph: graph, state: state)
            let selectedRole: StyleRole = focused ? "list.selected" : "list.selected.unfocused"
            return [TextSpan(text: TerminalText.pad(text, toWidth: inner.width), role: selected ? selectedRole : role)]
        }
    }

    /// The text of one row and its role.
    static func line(_ row: AssociationGraph.Row, graph: AssociationGraph, state: BrowserState) -> (String, StyleRole) {
        switch row {
        case .root(let root):
            let type = state.registry.resolve(root.typeID)?.singularLabel ?? root.typeID
            return (" ◉ \(type): \(name(of: root, state: state))", "title")
        case .group(_, let toTypeID, let count, let depth):
            let label = state.registry.resolve(toTypeID)?.pluralLabel ?? toTypeID
            return (indent(depth) + "\(label) (\(count))", "detail.label")
        case .record(_, let target, let labels, let depth):
            let marker: String
            if depth == 1, target != graph.root {
                marker = graph.expanded.contains(target) ? "▾ " : "▸ "
            } else {
                marker = "· "
            }
            let labelText =
                labels.isEmpty ? "" : "  [" + labels.map(TerminalText.sanitize).joined(separator: ", ") + "]"
            return (indent(depth) + "  " + marker + name(of: target, state: state) + labelText, "text")
        case .more(_, _, let loading, let depth):
            return (
                indent(depth) + "  " + (loading ? "loading the next 500…" : "more: Enter loads the next 500"),
                "text.dim"
            )
        case .note(_, let text, let depth):
            return (
                indent(depth) + TerminalText.sanitize(text),
                text.hasPrefix("associations:") ? "status.error" : "text.dim"
            )
        }
    }

    private static func indent(_ depth: Int) -> String {
        String(repeating: "    ", count: depth - 1) + " "
    }

    private static func name(of reference: RecordReference, state: BrowserState) -> String {
        guard let name = state.graphNames[reference], !name.isEmpty else { return "#\(reference.id)" }
        return TerminalText.sanitize(name) + " (\(reference.id))"
    }
}
