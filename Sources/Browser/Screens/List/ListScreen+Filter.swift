import HubSpot
import TerminalUI

// MARK: - The / prompt: a live filter of the loaded rows; Enter searches every record of the type
extension ListScreen {
    /// Brings back the list a search replaced; the status line's search summary goes with it.
    mutating func leaveSearch() -> ScreenUpdate {
        guard var saved = localSearch?.savedList else { return .none }
        localSearch = nil
        saved.forgetFetchInFlight()
        saved.forgetReadBacks()
        lists[saved.typeID] = saved
        return .ask(.message(nil), .followListSelection)
    }

    /// Applies (or with `nil`, removes) the filter on `type`'s list.
    mutating func setFilter(_ newFilter: ListFilter?, _ type: ObjectType, _ context: ScreenContext) -> ScreenUpdate {
        filter = newFilter
        guard var list = lists[type.id] else { return .none }
        let definitions = Dictionary(
            (context.catalog.definitions[type.id] ?? []).map { ($0.name, $0) },
            uniquingKeysWith: { first, _ in first })
        let shown = Self.columns(for: type, context)
        list.applyFilter(newFilter?.text ?? "") {
            RecordRows.searchText($0, type: type, columns: shown, definitions: definitions)
        }
        lists[list.typeID] = list
        return .ask(.followListSelection)
    }

    /// `/`: the prompt opens, keeping the text of a filter that applies.
    mutating func beginFilter(_ type: ObjectType, _ context: ScreenContext) -> ScreenUpdate {
        setFilter(ListFilter(text: filter?.text ?? "", isEditing: true), type, context)
    }

    /// Keys typed into the prompt: text edits the filter live, Enter searches, Tab keeps the filter, Esc drops it.
    mutating func typeIntoFilter(_ key: Key, _ type: ObjectType, _ context: ScreenContext) -> ScreenUpdate {
        guard var current = filter else { return .none }
        current.error = nil
        switch TypedText.add(key, to: &current.text, limit: TypedText.filterLimit, oneLine: true) {
        case .added: return setFilter(current, type, context)
        case .cut(let limit):
            // Shown in the prompt's own line, where the message line is while it is typed, until the next key.
            current.error = TypedText.cutMessage("The filter", limit: limit).text
            return setFilter(current, type, context)
        case .notText: break
        }
        switch key {
        case .backspace:
            if current.text.isEmpty { return setFilter(nil, type, context) }
            current.text.removeLast()
        case .enter:
            current.isEditing = false
            if current.text.isEmpty { return setFilter(nil, type, context) }
            // Enter searches every record of the type, not only the rows loaded so far: HubSpot's search
            // when online, the cache's full-text index when offline.
            if !context.session.connection.isOffline { return startServerSearch(current.text, type, context) }
            if context.session.connection.hasCache {
                return setFilter(nil, type, context).then(
                    ScreenUpdate(
                        effects: [.searchLocal(typeID: type.id, text: current.text)],
                        requests: [.message(StatusMessage("offline: searching the cache…"))]))
            }
        case .tab:
            // Tab keeps the local filter and hands the keys back to the list.
            current.isEditing = false
            if current.text.isEmpty { return setFilter(nil, type, context) }
        case .escape:
            return setFilter(nil, type, context)
        case .control("u"):
            // As in a shell and in every other prompt here: Ctrl-u clears what was typed.
            current.text = ""
        case .control("c"):
            return .run([.app(.quit(signal: nil))])
        case .down, .up, .pageDown, .pageUp:
            // Moving while typing is allowed, as in k9s and lazygit.
            return .ask(.command(context.session.keyBindings.command(for: key)?.command ?? .moveDown))
        default:
            return .none
        }
        return setFilter(current, type, context)
    }

    /// Enter in the prompt when online: the typed words and filters become a HubSpot search whose pages
    /// replace the list (Esc brings the list back). A word that cannot be understood is named.
    mutating func startServerSearch(_ text: String, _ type: ObjectType, _ context: ScreenContext) -> ScreenUpdate {
        if text.lowercased().contains("owner"), context.catalog.owners == nil {
            return ScreenUpdate(
                effects: [.fetchOwners],
                requests: [
                    .message(
                        StatusMessage(
                            "loading owners for the owner filter; press Enter again"))
                ])
        }
        switch SearchQuery.parse(
            text, typeID: type.id, definitions: context.catalog.definitions[type.id] ?? [],
            owners: context.catalog.owners, me: context.session.me)
        {
        case .failure(let error):
            filter?.error = error.message
            return .none
        case .success(var request):
            request.properties = Self.listProperties(for: type, context)
            if let sort = context.session.preferences.sorts[type.id] { request.sorts = [sort.searchSort] }
            let cleared = setFilter(nil, type, context)
            guard let current = lists[type.id] else { return cleared }
            localSearch = LocalSearch(text: text, savedList: localSearch?.savedList ?? current, server: request)
            var list = RecordList(typeID: type.id)
            list.markRequested(page: 0)
            lists[type.id] = list
            return cleared.then(
                ScreenUpdate(
                    effects: [.fetchSearchPage(typeID: type.id, page: 0, cursor: nil, request)],
                    requests: [.message(StatusMessage("searching HubSpot…"))]))
        }
    }

    /// The cache's full-text search answered: its records replace the list until Esc.
    mutating func receiveLocalSearch(typeID: String, text: String, _ records: [CRMRecord]) -> ScreenUpdate {
        guard let current = lists[typeID] else { return .none }
        localSearch = LocalSearch(text: text, savedList: localSearch?.savedList ?? current)
        lists[typeID] = RecordList.searchResults(typeID: typeID, records: records)
        return .ask(
            .message(StatusMessage("cache search \"\(text)\": \(records.count) found · Esc returns to the list")),
            .followListSelection)
    }
}
