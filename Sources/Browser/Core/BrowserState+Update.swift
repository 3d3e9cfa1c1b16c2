import CRMCache
import HubSpot
import TerminalUI

// MARK: - Update
extension BrowserState {
    /// Applies an action and returns the effects it asks for. Pure: no I/O happens here.
    public mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .started:
            visitedTypeID = selectedType.id
            return openSelectedType() + [.fetchCustomTypes, .fetchAccount]
        case .accountLoaded(let details):
            account = details
            return []
        case .customTypesLoaded(let types):
            registerCustomTypes(types)
            // Every type is known now; which of them are empty is learned behind the first list.
            return [
                .learnTypeOccupancy(
                    typeIDs: registry.all.map(\.id), probe: session.probesEmptyTypes && !connection.isOffline)
            ]
        case .typeOccupancyLearned(let notes):
            for (typeID, hasRecords) in notes {
                if hasRecords { session.emptyTypes.remove(typeID) } else { session.emptyTypes.insert(typeID) }
            }
            return []
        case .resized(let newSize):
            size = newSize
            clampSelections()
            return prefetchIfNeeded()
        case .key(let key):
            return handleKey(key)
        case .writeFinished(let token, let request, let outcome):
            detailScreen.forgetAssociations()
            // The outcome goes back to whoever asked.
            switch writes.finish(token) {
            case .graph(let root)?: return route(graphScreen.writeFinished(root: root, request, outcome))
            case .pin(let record)?: return route(detailScreen.pinFinished(record, request, outcome))
            case .batch?:
                if case .bulkUpdate(let typeID, let ids, let changes) = request {
                    return route(listScreen.bulkUpdateFinished(typeID: typeID, ids: ids, changes: changes, outcome))
                }
                return archiveFinished(request, outcome)
            case .detailSave(let record)?: return route(detailScreen.saveFinished(record, outcome))
            case .create(let typeID)?:
                return route(detailScreen.createFinished(typeID: typeID, outcome, context))
                    + createdRecord(in: typeID, outcome)
            case .external?, nil: return []
            }
        case .submit(let request):
            return [write(request, from: .external)]
        case .externalEditFinished(let name, let result):
            return route(detailScreen.externalEditFinished(name: name, result, context))
        case .ownersLoaded(let loaded):
            owners = loaded
            refreshPropertyPicker()
            return []
        case .pipelinesLoaded(let typeID, let loaded):
            pipelines[typeID] = loaded
            refreshPropertyPicker()
            detailScreen.prefillPipeline(context)
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
            catalog.graphNames.merge(names) { _, new in new }
            return route(graphScreen.receiveHop(source, groups: groups, context))
        case .graphHopFailed(let source, let text):
            return route(graphScreen.hopFailed(source, message: text))
        case .graphPageLoaded(let owner, let toTypeID, let items, let nextAfter, let names):
            catalog.graphNames.merge(names) { _, new in new }
            return route(
                graphScreen.receivePage(
                    owner: owner, toTypeID: toTypeID, items: items, nextAfter: nextAfter,
                    context))
        case .graphPageFailed(let owner, let toTypeID, let text):
            return route(graphScreen.pageFailed(owner: owner, toTypeID: toTypeID, message: text))
        case .namesLoaded(let names):
            graphNames.merge(names) { _, new in new }
            return []
        case .activitiesLoaded(let typeID, let id, let items):
            detailScreen.receiveActivities(typeID: typeID, id: id, items: items, context)
            return []
        case .activitiesFailed(let typeID, let id, let text):
            return route(detailScreen.activitiesFailed(typeID: typeID, id: id, message: text, menuShown: showsPinMenu))
        case .tick(let now):
            network.tick(at: now)
            return []
        case .client(let event):
            network.record(event)
            if case .generationFallback(let from, let path) = event {
                session.apiVersion = .legacy
                message = StatusMessage(
                    "this portal does not answer HubSpot's \(from.name) API (\(TerminalText.sanitize(path)) is unknown "
                        + "there): speaking legacy v3/v4 from now on", kind: .error)
            }
            if case .retryAfterClamped(_, _, let clamp) = event {
                // Said, not silent: a wait shorter than the server asked may meet another 429.
                message = StatusMessage(TerminalText.sanitize(clamp.description), kind: .error)
            }
            return []
        case .signalled(let name):
            return [.app(.quit(signal: name))]
        case .switchTheme(let name):
            return switchTheme(to: name)
        case .themeApplied(let name):
            themeName = name
            message = StatusMessage("theme \(name)")
            return []
        case .themeFailed(let name):
            message = StatusMessage("theme \(name) could not be loaded", kind: .error)
            return []
        case .urlOpened(let url, let inBrowser):
            message = StatusMessage(
                inBrowser ? "opened \(url)" : "no browser here (over SSH?): copied \(url) to the clipboard")
            return []
        case .preferencesNotSaved(let reason):
            message = StatusMessage("could not save bookmarks and columns: \(reason)", kind: .error)
            return []
        case .listReplaced(let list):
            listScreen.replace(list)
            return []
        case .notify(let note):
            message = note
            return []
        case .preferencesLoaded(let loaded, let columns):
            preferences = loaded
            configuredColumns = columns
            return []
        case .themesOffered(let current, let choices):
            themeName = current
            themeChoices = choices
            return []
        case .profilesOffered(let names):
            profileNames = names
            return []
        case .identified(let email):
            me = email
            return []
        case .problemsFound(let problems):
            guard !problems.isEmpty else { return [] }
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            // The status line holds one; the box holds them all, each a paragraph, wrapped and scrollable.
            message = StatusMessage("\(count) at start, listed in the box; Esc closes it", kind: .error)
            modals.push(
                .fullValue(
                    FullValue(
                        title: "\(count) at start",
                        paragraphs: problems.flatMap { ["• " + $0, ""] } + ["spoke doctor lists them too."])))
            return []
        case .pageLoaded(let typeID, let page, let result):
            guard listScreen.receive(typeID: typeID, page: page, result) else { return [] }
            var effects: [Effect] = []
            if typeID == selectedType.id {
                if localSearch?.server != nil, page == 0, result.total != nil {
                    // The summary beside it already says what was searched and how many were found.
                    message = StatusMessage("Esc returns to the list")
                }
                // A list that stopped on its own (a cursor named again) says why.
                if let list = activeList, list.isComplete, let failure = list.failure {
                    message = StatusMessage(failure, kind: .error)
                }
                // The filter applies to the new rows too; the record view follows the selection.
                effects += filter.map { setFilter($0) } ?? []
                listScreen.carryOn(selectedType, layout)
                syncDetailWithSelection()
                effects += listScreen.refreshCachedPages(selectedType, context)
            }
            return effects + prefetchIfNeeded()
        case .cachedPageLoaded(let typeID, let page, let result, let fetchedAt, let final):
            guard listScreen.receiveCached(typeID: typeID, page: page, result, fetchedAt: fetchedAt, final: final)
            else { return [] }
            var effects: [Effect] = []
            if typeID == selectedType.id {
                effects += filter.map { setFilter($0) } ?? []
                syncDetailWithSelection()
            }
            return effects + (final ? prefetchIfNeeded() : [])
        case .cachedRecordLoaded(let typeID, let record, let fetchedAt):
            detailScreen.receiveCached(typeID: typeID, record, fetchedAt: fetchedAt, offline: connection.isOffline)
            return []
        case .connectivityChanged(let online, let reason):
            connection.isOffline = !online
            connection.reason = online ? nil : reason
            message = online ? StatusMessage("back online") : nil
            return online ? listScreen.refreshCachedPages(selectedType, context) : []
        case .outboxChanged(let pending, let note):
            connection.pending = pending
            if let note { message = note }
            return []
        case .outboxConflict(let entry):
            showOutboxConflict(entry)
            return []
        case .localSearchFinished(let typeID, let text, let records):
            guard typeID == selectedType.id else { return [] }
            return route(listScreen.receiveLocalSearch(typeID: typeID, text: text, records))
        case .pageReadBack(let typeID, let page, let rows, let failure):
            guard listScreen.receiveReadBack(typeID: typeID, page: page, rows) else { return [] }
            if let failure {
                message = StatusMessage("page \(page + 1) could not be read back: \(failure)", kind: .error)
            }
            if typeID == selectedType.id { syncDetailWithSelection() }
            return []
        case .pageFailed(let typeID, let page, let text):
            return route(listScreen.pageFailed(typeID: typeID, page: page, message: text, context))
        case .propertyGroupsLoaded(let typeID, let groups):
            propertyGroups[typeID] = groups
            return []
        case .validationRulesLoaded(let typeID, let loaded):
            catalog.receiveValidationRules(loaded, typeID: typeID)
            return []
        case .definitionsLoaded(let typeID, let loaded):
            definitionsInFlight.remove(typeID)
            definitions[typeID] = loaded
            // The rules come with the definitions, once a session, so an edit is checked before it is staged.
            let groupsEffect: [Effect] =
                (propertyGroups[typeID] == nil ? [.fetchPropertyGroups(typeID: typeID)] : [])
                + (catalog.validationRules[typeID] == nil ? [.fetchValidationRules(typeID: typeID)] : [])
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
            return route(detailScreen.receive(typeID: typeID, record, context))
        case .recordFailed(let typeID, let id, let text):
            return route(detailScreen.failed(typeID: typeID, id: id, message: text))
        }
    }
}
