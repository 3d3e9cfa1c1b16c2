import CRMCache
import HubSpot
import TerminalUI

// MARK: - Update
extension BrowserState {
    /// Applies an action and returns the effects it asks for. Pure: no I/O happens here.
    public mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .started:
            return openSelectedType() + [.fetchCustomTypes, .fetchAccount]
        case .accountLoaded(let details):
            account = details
            return []
        case .customTypesLoaded(let types):
            registerCustomTypes(types)
            return []
        case .resized(let newSize):
            size = newSize
            clampSelections()
            return prefetchIfNeeded()
        case .key(let key):
            if showsHelp {
                // The overlay takes every key: ?, Esc and q close it; Ctrl-c still quits.
                if key == .control("c") { quitRequested = true }
                if [.character("?"), .escape, .character("q"), .enter].contains(key)
                    || keyBindings.command(for: key)?.command == .help {
                    showsHelp = false
                    return []
                }
                let rows = HelpOverlay.rowsHeight(size: size)
                let last = max(0, keyBindings.bindings.count - rows)
                switch keyBindings.command(for: key)?.command {
                case .moveDown?: helpOffset = min(last, helpOffset + 1)
                case .moveUp?: helpOffset = max(0, helpOffset - 1)
                case .pageDown?: helpOffset = min(last, helpOffset + rows)
                case .pageUp?: helpOffset = max(0, helpOffset - rows)
                case .first?: helpOffset = 0
                case .last?: helpOffset = last
                default: break
                }
                return []
            }
            if showsRequestLog {
                let rows = RequestLogOverlay.rowsHeight(size: size)
                let last = max(0, network.log.count - rows)
                switch keyBindings.command(for: key)?.command {
                case .moveDown?: requestLogOffset = min(last, requestLogOffset + 1)
                case .moveUp?: requestLogOffset = max(0, requestLogOffset - 1)
                case .pageDown?: requestLogOffset = min(last, requestLogOffset + rows)
                case .pageUp?: requestLogOffset = max(0, requestLogOffset - rows)
                case .forceQuit?: quitRequested = true
                case .requestLog?, .back?, .quit?: showsRequestLog = false
                default: break
                }
                return []
            }
            if outboxConflict != nil { return answerOutboxConflict(key) }
            if confirmation != nil { return answerConfirmation(key) }
            if picker != nil { return typeIntoPicker(key) }
            if prompt != nil { return typeIntoPrompt(key) }
            if pins?.isOpen == true { return typeIntoPinMenu(key) }
            if confirmingDrop { return answerDrop(key) }
            if filter?.isEditing == true { return typeIntoFilter(key) }
            if key == .escape, filter != nil {
                setFilter(nil)
                return []
            }
            if key == .escape, localSearch != nil, focus == .list {
                leaveLocalSearch()
                return []
            }
            guard let binding = keyBindings.command(for: key) else { return [] }
            if let reason = binding.disabledReason(self) {
                message = StatusMessage("\(binding.keyLabel): \(reason)")
                return []
            }
            return perform(binding.command)
        case .writeFinished(let token, let request, let outcome):
            // Each screen that writes matches its token here.
            if graph?.pendingToken == token { return graphWriteFinished(request, outcome) }
            if pins?.pendingToken == token { return pinWriteFinished(token: token, request: request, outcome: outcome) }
            if archiveToken == token { return archiveFinished(request, outcome) }
            return finishSave(token: token, request: request, outcome: outcome)
        case .externalEditFinished(let name, let result):
            externalEditFinished(name: name, result)
            return []
        case .ownersLoaded(let loaded):
            owners = loaded
            refreshPropertyPicker()
            return []
        case .pipelinesLoaded(let typeID, let loaded):
            pipelines[typeID] = loaded
            refreshPropertyPicker()
            prefillNewRecordPipeline()
            return []
        case .lookupFailed(let text):
            if picker != nil { picker?.notice = text }
            message = StatusMessage(text, kind: .error)
            return []
        case .recordSearchFinished(let typeID, let text, let records):
            receiveSearch(typeID: typeID, text: text, records: records)
            return []
        case .associationLabelsLoaded(let fromType, let toType, let labels):
            receiveAssociationLabels(fromType: fromType, toType: toType, labels)
            return []
        case .graphHopLoaded(let source, let groups, let names, _):
            return receiveGraphHop(source, groups: groups, names: names)
        case .graphHopFailed(let source, let text):
            graphHopFailed(source, message: text)
            return []
        case .graphPageLoaded(let owner, let toTypeID, let items, let nextAfter, let names):
            return receiveGraphPage(owner: owner, toTypeID: toTypeID, items: items, nextAfter: nextAfter, names: names)
        case .graphPageFailed(let owner, let toTypeID, let text):
            graph?.pageFailed(owner: owner, toTypeID: toTypeID)
            message = StatusMessage("associations: \(text) · Enter on \"more\" tries again", kind: .error)
            return []
        case .namesLoaded(let names):
            graphNames.merge(names) { _, new in new }
            return []
        case .activitiesLoaded(let typeID, let id, let items):
            receiveActivities(typeID: typeID, id: id, items: items)
            return []
        case .activitiesFailed(let typeID, let id, let text):
            activitiesFailed(typeID: typeID, id: id, message: text)
            return []
        case .client(let event):
            network.record(event)
            return []
        case .signalled(let name):
            quitSignal = name
            quitRequested = true
            return []
        case .switchTheme(let name):
            switchTheme(to: name)
            return []
        case .pageLoaded(let typeID, let page, let result):
            guard lists[typeID]?.receive(page: page, result) == true else { return [] }
            if typeID == selectedType.id, localSearch?.server != nil, let total = result.total {
                localSearch?.total = total
                if page == 0 {
                    message = StatusMessage("server search \"\(localSearch?.text ?? "")\": \(total) found · Esc returns to the list")
                }
            }
            if typeID == selectedType.id, let filter { setFilter(filter) }
            if typeID == selectedType.id { syncDetailWithSelection() }
            return prefetchIfNeeded()
        case .cachedPageLoaded(let typeID, let page, let result, let fetchedAt, let final):
            guard lists[typeID]?.receiveCached(page: page, result, fetchedAt: fetchedAt, final: final) == true
            else { return [] }
            if typeID == selectedType.id, let filter { setFilter(filter) }
            if typeID == selectedType.id { syncDetailWithSelection() }
            return final ? prefetchIfNeeded() : []
        case .cachedRecordLoaded(let typeID, let record, let fetchedAt):
            guard var current = detail, current.typeID == typeID, current.record.id == record.id else { return [] }
            // The live answer is still coming unless offline; keep the loading mark until it does.
            current.record = record
            current.cachedAt = fetchedAt
            if connection.isOffline { current.phase = .loaded }
            detail = current
            return []
        case .connectivityChanged(let online, let reason):
            connection.isOffline = !online
            connection.reason = online ? nil : reason
            message = online ? StatusMessage("back online") : nil
            return []
        case .outboxChanged(let pending, let note):
            connection.pending = pending
            if let note { message = note }
            return []
        case .outboxConflict(let entry):
            showOutboxConflict(entry)
            return []
        case .localSearchFinished(let typeID, let text, let records):
            guard typeID == selectedType.id, let current = lists[typeID] else { return [] }
            let saved = localSearch?.savedList ?? current
            localSearch = LocalSearch(text: text, savedList: saved)
            lists[typeID] = RecordList.searchResults(typeID: typeID, records: records)
            message = StatusMessage("cache search \"\(text)\": \(records.count) found · Esc returns to the list")
            syncDetailWithSelection()
            return []
        case .pageFailed(let typeID, let page, let text):
            lists[typeID]?.fail(page: page, message: text)
            message = StatusMessage(text, kind: .error)
            return []
        case .propertyGroupsLoaded(let typeID, let groups):
            propertyGroups[typeID] = groups
            return []
        case .definitionsLoaded(let typeID, let loaded):
            definitionsInFlight.remove(typeID)
            definitions[typeID] = loaded
            let groupsEffect: [Effect] = propertyGroups[typeID] == nil ? [.fetchPropertyGroups(typeID: typeID)] : []
            if let detail, detail.typeID == typeID, detail.phase == .loading {
                return groupsEffect + [fetchRecordEffect(typeID: typeID, id: detail.record.id)]
            }
            return groupsEffect
        case .definitionsFailed(let typeID, let text):
            definitionsInFlight.remove(typeID)
            message = StatusMessage("property definitions: \(text)", kind: .error)
            if let detail, detail.typeID == typeID, detail.phase == .loading {
                // Without definitions the record still loads, with the type's default properties.
                return [fetchRecordEffect(typeID: typeID, id: detail.record.id)]
            }
            return []
        case .recordLoaded(let typeID, let record):
            guard var current = detail, current.typeID == typeID, current.record.id == record.id else { return [] }
            current.record = record
            current.phase = .loaded
            current.cachedAt = nil
            if current.staged.isEmpty { current.base = record.updatedAt }
            detail = current
            if let type = registry.resolve(typeID) {
                graphNames[RecordReference(typeID: typeID, id: record.id)] = type.displayName(of: record)
            }
            return loadPinsForDetail()
        case .recordFailed(let typeID, let id, let text):
            guard var current = detail, current.typeID == typeID, current.record.id == id else { return [] }
            // A record already shown from the cache stays on screen; the status line says why it is not live.
            current.phase = current.cachedAt == nil ? .failed(text) : .loaded
            detail = current
            message = StatusMessage(text, kind: .error)
            return []
        }
    }

    // MARK: Commands

    mutating func perform(_ command: Command) -> [Effect] {
        message = nil
        switch command {
        case .quit, .forceQuit:
            quitRequested = true
            return []
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
        case .back:
            switch focus {
            case .detail:
                if let staged = detail?.staged, !staged.isEmpty {
                    confirmingDrop = true
                    let what = detail?.isNew == true ? "the new record" : "\(staged.count) staged edit(s)"
                    message = StatusMessage("drop \(what)? y drops, any other key keeps editing")
                    return []
                }
                if detail?.isNew == true {
                    leaveNewForm()
                    return []
                }
                focus = graph == nil ? .list : .graph
            case .list: focus = .sidebar
            case .graph: closeGraph()
            case .sidebar: break
            }
            return []
        case .refresh: return refresh()
        case .copy:
            copyRecordID()
            return []
        case .help:
            showsHelp = true
            helpOffset = 0
            return []
        case .edit: return beginEdit()
        case .editExternal: return beginExternalEdit()
        case .save: return saveStaged()
        case .takeTheirs:
            takeTheirs()
            return []
        case .graph: return openGraph()
        case .expand: return expandGraphRow(true)
        case .collapse: return expandGraphRow(false)
        case .addAssociation: return beginAddAssociation()
        case .removeAssociation: return beginRemoveAssociation()
        case .pinMenu: return openPinMenu()
        case .unpin: return unpin()
        case .create: return beginCreate()
        case .archive: return beginArchive()
        case .mark: return toggleMark()
        case .palette: return openPalette()
        case .copyURL:
            copyRecordURL()
            return []
        case .openURL:
            openRecordURL()
            return []
        case .requestLog:
            showsRequestLog = true
            requestLogOffset = 0
            return []
        case .emptyProperties:
            showsEmptyProperties.toggle()
            message = StatusMessage(showsEmptyProperties ? "showing every property, empty ones too"
                                    : "showing the properties that have values")
            return []
        case .internalNames:
            showsInternalNames.toggle()
            message = StatusMessage(showsInternalNames ? "showing internal property names" : "showing property labels")
            return []
        case .historyBack: return navigate(back: true)
        case .historyForward: return navigate(back: false)
        case .filter:
            if graph != nil { closeGraph() }
            focus = .list
            setFilter(ListFilter(text: filter?.text ?? "", isEditing: true))
            return []
        }
    }

    /// Focus order skips the detail pane while there is nothing in it.
    private func nextFocus(from pane: Pane, forward: Bool) -> Pane {
        var candidate = forward ? pane.next : pane.previous
        // Panes not on screen are skipped: the detail without a record, the graph when closed, the list behind the graph.
        while (candidate == .detail && detail == nil) || (candidate == .graph && graph == nil)
            || (candidate == .list && graph != nil) {
            candidate = forward ? candidate.next : candidate.previous
        }
        return candidate
    }

    private mutating func move(_ change: (inout ListState, Int, Int) -> Void) -> [Effect] {
        let layout = self.layout
        switch focus {
        case .sidebar:
            let before = sidebar.selected
            change(&sidebar, registry.all.count, layout.sidebarRowsHeight)
            return sidebar.selected == before ? [] : openSelectedType()
        case .list:
            guard var list = activeList, list.visibleCount > 0 else { return [] }
            change(&list.selection, list.visibleCount, layout.listRowsHeight)
            lists[list.typeID] = list
            syncDetailWithSelection()
            return prefetchIfNeeded()
        case .graph:
            return moveInGraph(change)
        case .detail:
            guard var current = detail else { return [] }
            let count = detailRows(current).count
            change(&current.selection, count, layout.detailRowsHeight)
            detail = current
            return []
        }
    }

    private mutating func open() -> [Effect] {
        switch focus {
        case .sidebar:
            focus = .list
            return openSelectedType()
        case .list:
            guard let record = activeList?.selectedRecord else { return [] }
            if detail?.record.id != record.id || detail?.typeID != selectedType.id { pushHistory() }
            detail = RecordDetail(typeID: selectedType.id, record: record, phase: .loading)
            focus = .detail
            return loadDetailRecord()
        case .detail:
            return []
        case .graph:
            return openGraphRow()
        }
    }

    private mutating func refresh() -> [Effect] {
        if focus == .graph, var current = graph {
            current.hops = [current.root: .loading]
            current.expanded = []
            graph = current
            return [.loadGraphHop(current.root)]
        }
        if localSearch != nil, focus != .detail { leaveLocalSearch() }
        if focus == .detail, var current = detail {
            current.phase = .loading
            detail = current
            return [fetchRecordEffect(typeID: current.typeID, id: current.record.id)]
        }
        guard var list = activeList else { return [] }
        guard let request = list.refreshRequest(forRow: list.recordIndex(atVisible: list.selection.selected)) else {
            if list.loadedPageCount == 0 { return openSelectedType() }
            return []
        }
        lists[list.typeID] = list
        message = StatusMessage("refreshing page \(request.page + 1)…")
        return [.fetchPage(typeID: list.typeID, page: request.page, after: request.after,
                           properties: selectedType.listProperties)]
    }

    // MARK: Loading

    /// Makes the selected type's list exist and asks for its first page and definitions if needed.
    mutating func openSelectedType() -> [Effect] {
        leaveLocalSearch()
        // The graph is drawn where the list goes: choosing a type shows the list again.
        graph = nil
        let type = selectedType
        filter = nil
        if detail?.typeID != type.id { detail = nil }
        var effects: [Effect] = []
        var list = lists[type.id] ?? RecordList(typeID: type.id)
        if list.loadedPageCount == 0, let request = list.nextPageRequest {
            list.markRequested(page: request.page)
            effects.append(.fetchPage(typeID: type.id, page: request.page, after: request.after,
                                      properties: type.listProperties))
        }
        lists[type.id] = list
        if definitions[type.id] == nil, !definitionsInFlight.contains(type.id) {
            definitionsInFlight.insert(type.id)
            effects.append(.fetchDefinitions(typeID: type.id))
        }
        return effects
    }

    /// Fetches the next page before the selection reaches the end of the loaded rows.
    private mutating func prefetchIfNeeded() -> [Effect] {
        let type = selectedType
        guard var list = lists[type.id], list.loadedPageCount > 0,
              list.wantsNextPage(threshold: max(layout.listRowsHeight, 20)),
              let request = list.nextPageRequest
        else { return [] }
        list.markRequested(page: request.page)
        lists[type.id] = list
        if let search = localSearch?.server {
            return [.fetchSearchPage(typeID: type.id, page: request.page, cursor: request.after, search)]
        }
        return [.fetchPage(typeID: type.id, page: request.page, after: request.after, properties: type.listProperties)]
    }

    private func fetchRecordEffect(typeID: String, id: String) -> Effect {
        let names = (definitions[typeID] ?? []).map(\.name)
        return .fetchRecord(typeID: typeID, id: id, properties: names)
    }

    /// Until the detail pane takes focus, it follows the list's selection with what the list knows.
    mutating func syncDetailWithSelection() {
        guard focus != .detail, graph == nil, detail?.isNew != true, let record = activeList?.selectedRecord else { return }
        // Staged edits are never dropped by moving about; only Esc (which asks) or a save ends them.
        if detail?.staged.isEmpty == false { return }
        if let detail, detail.record.id == record.id, detail.typeID == selectedType.id { return }
        detail = layout.detail == nil && detail == nil ? nil
            : RecordDetail(typeID: selectedType.id, record: record, phase: .preview)
    }

    private mutating func clampSelections() {
        let layout = self.layout
        sidebar.moveTo(sidebar.selected, count: registry.all.count, height: layout.sidebarRowsHeight)
        if var list = activeList, list.visibleCount > 0 {
            list.selection.moveTo(list.selection.selected, count: list.visibleCount, height: layout.listRowsHeight)
            lists[list.typeID] = list
        }
    }
}

// MARK: - The / filter
extension BrowserState {
    /// Brings back the list a cache search replaced.
    mutating func leaveLocalSearch() {
        guard var saved = localSearch?.savedList else { return }
        localSearch = nil
        saved.forgetFetchInFlight()
        lists[saved.typeID] = saved
        message = nil
        syncDetailWithSelection()
    }

    /// Keys typed into the filter prompt: text edits it live, Enter keeps it, Esc drops it.
    private mutating func typeIntoFilter(_ key: Key) -> [Effect] {
        guard var current = filter else { return [] }
        current.error = nil
        switch key {
        case .character(let character):
            current.text.append(character)
        case .backspace:
            if current.text.isEmpty {
                setFilter(nil)
                return []
            }
            current.text.removeLast()
        case .enter:
            current.isEditing = false
            if current.text.isEmpty {
                setFilter(nil)
                return []
            }
            // Enter searches every record of the type, not only the rows loaded so far: HubSpot's search
            // when online, the cache's full-text index when offline.
            if !connection.isOffline { return startServerSearch(current.text) }
            if connection.hasCache {
                setFilter(nil)
                message = StatusMessage("offline: searching the cache…")
                return [.searchLocal(typeID: selectedType.id, text: current.text)]
            }
        case .tab:
            // Tab keeps the local filter and hands the keys back to the list.
            current.isEditing = false
            if current.text.isEmpty {
                setFilter(nil)
                return []
            }
        case .escape:
            setFilter(nil)
            return []
        case .control("c"):
            quitRequested = true
            return []
        case .down, .up, .pageDown, .pageUp:
            // Moving while typing is allowed, as in k9s and lazygit.
            return perform(keyBindings.command(for: key)?.command ?? .moveDown)
        default:
            return []
        }
        setFilter(current)
        return []
    }

    /// Enter in the `/` prompt when online: the typed words and filters become a HubSpot search whose
    /// pages replace the list (Esc brings the list back). A word that cannot be understood is named.
    mutating func startServerSearch(_ text: String) -> [Effect] {
        let type = selectedType
        if text.lowercased().contains("owner"), owners == nil {
            message = StatusMessage("loading owners for the owner filter; press Enter again")
            return [.fetchOwners]
        }
        switch SearchQuery.parse(text, typeID: type.id, definitions: definitions[type.id] ?? [], owners: owners) {
        case .failure(let error):
            filter?.error = error.message
            return []
        case .success(var request):
            request.properties = type.listProperties
            setFilter(nil)
            guard let current = lists[type.id] else { return [] }
            localSearch = LocalSearch(text: text, savedList: localSearch?.savedList ?? current, server: request)
            var list = RecordList(typeID: type.id)
            list.markRequested(page: 0)
            lists[type.id] = list
            message = StatusMessage("searching HubSpot…")
            return [.fetchSearchPage(typeID: type.id, page: 0, cursor: nil, request)]
        }
    }

    /// Applies (or with `nil`, removes) the filter on the active list.
    mutating func setFilter(_ newFilter: ListFilter?) {
        filter = newFilter
        guard var list = activeList else { return }
        let type = selectedType
        let definitions = Dictionary((self.definitions[type.id] ?? []).map { ($0.name, $0) },
                                     uniquingKeysWith: { first, _ in first })
        list.applyFilter(newFilter?.text ?? "") { RecordRows.searchText($0, type: type, definitions: definitions) }
        lists[list.typeID] = list
        syncDetailWithSelection()
    }
}
