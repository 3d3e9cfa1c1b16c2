import HubSpot
import TerminalUI

// MARK: - Commands: what each bound key does
extension BrowserState {
    mutating func perform(_ command: Command) -> [Effect] {
        message = nil
        switch command {
        case .quit:
            // Staged edits live only here until saved: q asks before they go (Ctrl-c, a signal, do not).
            if let detail, !detail.staged.isEmpty {
                let what = detail.isNew ? "the unsaved new record" : "\(detail.staged.count) staged edit(s)"
                confirmation = Confirmation(
                    question: "Quit and drop \(what)? y quits, any other key keeps editing", action: .quit)
                return []
            }
            return [.app(.quit(signal: nil))]
        case .forceQuit:
            return [.app(.quit(signal: nil))]
        case .nextPane:
            focus = nextFocus(from: focus, forward: true)
            return []
        case .previousPane:
            focus = nextFocus(from: focus, forward: false)
            return []
        case .moveDown: return move { $0.move(by: 1, count: $1, height: $2) }
        case .moveUp: return move { $0.move(by: -1, count: $1, height: $2) }
        case .pageDown: return move { $0.page(1, count: $1, height: $2) }
        case .pageUp: return move { $0.page(-1, count: $1, height: $2) }
        case .first: return move { $0.moveTo(0, count: $1, height: $2) }
        case .last: return move { $0.moveTo($1 - 1, count: $1, height: $2) }
        case .open: return open()
        case .columns: return route(listScreen.columnPicker(selectedType, context))
        case .columnsRight: return shiftColumns(by: 1)
        case .columnsLeft: return shiftColumns(by: -1)
        case .sort: return route(ListScreen.sortPicker(selectedType, context))
        case .bookmark: return toggleBookmark()
        case .back:
            // Esc while something loads stops it: every read under way answers "cancelled" (r retries).
            if isBusy {
                let effects = [Effect.cancelReads] + back()
                if message == nil { message = StatusMessage("cancelled what was loading (r retries)") }
                return effects
            }
            return back()
        case .refresh: return refresh()
        case .copy: return copyRecordID()
        case .help:
            modals.push(.help(offset: 0))
            return []
        case .edit: return beginEdit()
        case .editExternal: return route(detailScreen.beginExternalEdit(context))
        case .save: return saveStaged()
        case .takeTheirs: return route(detailScreen.takeTheirs(context))
        case .graph:
            guard let detail else { return [] }
            let name = session.registry.resolve(detail.typeID)?.displayName(of: detail.record)
            // Only a live read's associations are current enough to stand in for reading the record again.
            let isLive = detail.phase == .loaded && detail.cachedAt == nil
            let known = isLive ? KnownAssociations(record: detail.record, registry: session.registry) : nil
            return route(graphScreen.open(detail.reference, name: name, known: known))
        case .expand: return route(graphScreen.expandSelectedRow(true))
        case .collapse: return route(graphScreen.expandSelectedRow(false))
        case .addAssociation: return route(graphScreen.beginAdd(context))
        case .removeAssociation: return route(graphScreen.beginRemove(context))
        case .pinMenu: return route(detailScreen.openPinMenu())
        case .unpin: return route(detailScreen.unpin())
        case .create: return beginCreate()
        case .archive: return beginArchive()
        case .mark: return route(listScreen.toggleMark(selectedType))
        case .palette: return openPalette()
        case .copyURL: return copyRecordURL()
        case .openURL: return openRecordURL()
        case .requestLog:
            modals.push(.requestLog(offset: 0))
            return []
        case .fullValue:
            if let view = detailScreen.fullValue(context) { modals.push(.fullValue(view)) }
            return []
        case .emptyProperties: return route(detailScreen.toggleEmptyProperties())
        case .internalNames: return route(detailScreen.toggleInternalNames())
        case .historyBack: return navigate(back: true)
        case .historyForward: return navigate(back: false)
        case .filter:
            if graph != nil { closeGraph() }
            focus = .list
            return route(listScreen.beginFilter(selectedType, context))
        }
    }

    /// Focus order skips the detail pane while there is nothing in it.
    private func nextFocus(from pane: Pane, forward: Bool) -> Pane {
        var candidate = forward ? pane.next : pane.previous
        // Panes not on screen are skipped: the detail without a record, the graph when closed, the list behind the graph.
        while (candidate == .detail && detail == nil) || (candidate == .graph && graph == nil)
            || (candidate == .list && graph != nil)
        {
            candidate = forward ? candidate.next : candidate.previous
        }
        return candidate
    }

    mutating func move(_ change: (inout ListState, Int, Int) -> Void) -> [Effect] {
        let layout = self.layout
        switch focus {
        case .sidebar:
            let before = sidebar.selected
            change(&sidebar, registry.all.count, layout.sidebarRowsHeight)
            return sidebar.selected == before ? [] : openSelectedType()
        case .list:
            return route(listScreen.move(selectedType, change, context))
        case .graph:
            return route(graphScreen.move(change, context))
        case .detail:
            detailScreen.move(change, context)
            return []
        }
    }

    /// Esc: back out of the focused pane (asking first when staged edits would be dropped).
    private mutating func back() -> [Effect] {
        switch focus {
        case .detail:
            if let staged = detail?.staged, !staged.isEmpty {
                let what = detail?.isNew == true ? "the new record" : "\(staged.count) staged edit(s)"
                confirmation = Confirmation(
                    question: "drop \(what)? y drops, any other key keeps editing",
                    action: .dropStaged)
                return []
            }
            if detail?.isNew == true { return route(detailScreen.dropStaged(graphShown: graph != nil)) }
            focus = graph == nil ? .list : .graph
        case .list: focus = .sidebar
        case .graph: closeGraph()
        case .sidebar: break
        }
        return []
    }

    private mutating func open() -> [Effect] {
        switch focus {
        case .sidebar:
            return enterSelectedType()
        case .list:
            guard let record = activeList?.selectedRecord else { return [] }
            if detail?.record.id != record.id || detail?.typeID != selectedType.id { pushHistory() }
            detailScreen.show(RecordDetail(typeID: selectedType.id, record: record, phase: .loading))
            focus = .detail
            return loadDetailRecord()
        case .detail:
            return []
        case .graph:
            return route(graphScreen.openSelectedRow(context))
        }
    }

    private mutating func refresh() -> [Effect] {
        if focus == .graph, graph != nil { return route(graphScreen.refresh()) }
        if focus == .detail, let current = detail {
            detailScreen.startLoading()
            return [fetchRecordEffect(typeID: current.typeID, id: current.record.id)]
        }
        return route(listScreen.refresh(selectedType, context))
    }
}
