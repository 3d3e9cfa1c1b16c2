import CRMCache

// MARK: - The router: carries out what a screen asked of the parts it does not own
extension BrowserState {
    /// Applies `update`'s requests in order and returns every effect to run.
    mutating func route(_ update: ScreenUpdate) -> [Effect] {
        var effects = update.effects
        for request in update.requests {
            switch request {
            case .message(let note): message = note
            case .modal(let modal): modals.push(modal)
            case .closeModal(let kind): modals.set(kind, to: nil)
            case .names(let names): catalog.graphNames.merge(names) { _, new in new }
            case .namesRequested(let references): catalog.namesRequested.formUnion(references)
            case .focus(let pane): navigation.focus = pane
            case .openRecord(let record, let thenGraph):
                pushHistory()
                effects += openRecord(record, thenGraph: thenGraph)
            case .write(let request, let origin): effects.append(write(request, from: origin))
            case .pending(let count): session.connection.pending = count
            case .recordChanged(let typeID, let record): listScreen.replace(record, typeID: typeID)
            case .followListSelection: syncDetailWithSelection()
            case .command(let command): effects += perform(command)
            case .columns(let typeID, let names):
                session.preferences.columns[typeID] = names
                effects.append(.app(.savePreferences(session.preferences)))
            case .sort(let typeID, let sort):
                session.preferences.sorts[typeID] = sort
                effects.append(.app(.savePreferences(session.preferences)))
            case .recordCreated(let typeID, let record):
                if typeID == selectedType.id { listScreen.insert(record, typeID: typeID) }
            case .loadOpenRecord: effects += loadDetailRecord()
            case .definitions(let typeID): effects += fetchDefinitionsIfNeeded(typeID)
            }
        }
        return effects
    }
}
