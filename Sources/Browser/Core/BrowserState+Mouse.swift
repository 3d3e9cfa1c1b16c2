import TerminalUI

// MARK: - Mouse (opt-in with `mouse = true`): click selects, a click on the selected row opens, the wheel scrolls
extension BrowserState {
    /// Rows the wheel moves per notch.
    static let wheelRows = 3

    /// A click or wheel turn. Overlays take the wheel as arrows and ignore clicks; elsewhere the pane under
    /// the pointer takes focus, and a click selects the row under it.
    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        let arrow: Key? =
            switch event.kind {
            case .wheelUp: .up
            case .wheelDown: .down
            case .click: nil
            }
        if let modal = modals.top {
            // The top modal takes the wheel when it scrolls; a click never reaches the screens under it.
            guard let arrow, modal.scrollsWithWheel else { return [] }
            return (0..<Self.wheelRows).flatMap { _ in handleKey(arrow) }
        }
        if filter?.isEditing == true { return [] }
        guard let (pane, rect) = pane(at: event.point) else { return [] }
        if detail?.staged.isEmpty == false, pane == .sidebar || pane == .list, focus == .detail {
            message = StatusMessage("save (Ctrl-s) or drop (Esc) the staged edits first")
            return []
        }
        let wasFocused = focus == pane
        focus = pane
        if arrow != nil {
            let step = event.kind == .wheelUp ? -1 : 1
            return (0..<Self.wheelRows).flatMap { _ in move { $0.move(by: step, count: $1, height: $2) } }
        }
        guard let (selection, firstRowY) = clickableRows(of: pane, in: rect) else { return [] }
        let row = selection.offset + event.y - firstRowY
        guard event.y >= firstRowY, event.y < rect.maxY - 1 else { return [] }
        if wasFocused, row == selection.selected { return perform(.open) }
        return move { $0.moveTo(row, count: $1, height: $2) }
    }

    /// The pane drawn at `point`, with its rectangle.
    private func pane(at point: Point) -> (Pane, Rect)? {
        let layout = self.layout
        // The layout has no list while the graph shows, and no graph otherwise.
        let panes: [(Pane, Rect?)] = [
            (.sidebar, layout.sidebar), (.list, layout.list), (.graph, layout.graph),
            (.detail, detail == nil ? nil : layout.detail),
        ]
        for (pane, rect) in panes {
            if let rect, rect.contains(point) { return (pane, rect) }
        }
        return nil
    }

    /// The scroll state of a pane whose rows can be clicked, and the screen row of its first row.
    private func clickableRows(of pane: Pane, in rect: Rect) -> (ListState, Int)? {
        switch pane {
        case .sidebar: (sidebar, rect.y + 1)
        case .list: activeList.map { ($0.selection, rect.y + 2) }
        case .graph: graph.map { ($0.selection, rect.y + 1) }
        case .detail: nil
        }
    }
}
