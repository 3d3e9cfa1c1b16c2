import HubSpot
import TerminalUI

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
    mutating func typeIntoFilter(_ key: Key) -> [Effect] {
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
            return [.app(.quit(signal: nil))]
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
        switch SearchQuery.parse(text, typeID: type.id, definitions: definitions[type.id] ?? [], owners: owners, me: me) {
        case .failure(let error):
            filter?.error = error.message
            return []
        case .success(var request):
            request.properties = listProperties(for: type)
            if let sort = preferences.sorts[type.id] { request.sorts = [sort.searchSort] }
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
        let shown = columns(for: type)
        list.applyFilter(newFilter?.text ?? "") {
            RecordRows.searchText($0, type: type, columns: shown, definitions: definitions)
        }
        lists[list.typeID] = list
        syncDetailWithSelection()
    }
}
