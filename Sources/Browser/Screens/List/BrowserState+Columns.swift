import HubSpot
import TerminalUI

// MARK: - Columns (c) and sort (s) of a type's list
extension BrowserState {
    /// The columns `type`'s list shows: its name column, then the properties picked in the app, else the
    /// config's `[columns]`, else the type's default columns.
    func columns(for type: ObjectType) -> [ObjectColumn] {
        guard let names = chosenColumnNames(for: type) else { return type.defaultColumns }
        let nameColumn = Array(type.defaultColumns.prefix(1))
        let shownByName = Set(nameColumn.flatMap(\.properties))
        return nameColumn + names.filter { !shownByName.contains($0) }.map { name in
            ObjectColumn(definition(name, typeID: type.id)?.label ?? name, [name], minWidth: 10, weight: 1)
        }
    }

    /// The property names chosen as columns (picked here, else configured), or `nil` for the defaults.
    func chosenColumnNames(for type: ObjectType) -> [String]? {
        if let picked = preferences.columns[type.id], !picked.isEmpty { return picked }
        if let configured = configuredColumns[type.name] ?? configuredColumns[type.id], !configured.isEmpty {
            return configured
        }
        return nil
    }

    /// Every property `type`'s list asks for: the name, the columns shown and the sorted property.
    func listProperties(for type: ObjectType) -> [String] {
        var seen = Set<String>()
        let sorted = preferences.sorts[type.id].map { [$0.property] } ?? []
        return (type.listProperties + columns(for: type).flatMap(\.properties) + sorted).filter { seen.insert($0).inserted }
    }

    /// The effect that fetches `page` of `type`'s list: HubSpot's search when the list is sorted and the
    /// session online (the list API has no sort), else the list API (cache-first).
    func listPageEffect(_ type: ObjectType, page: Int, after: String?) -> Effect {
        if let sort = preferences.sorts[type.id], !connection.isOffline {
            let request = SearchRequest(sorts: [sort.searchSort], properties: listProperties(for: type), limit: Self.pageSize)
            return .fetchSearchPage(typeID: type.id, page: page, cursor: after, request)
        }
        return .fetchPage(typeID: type.id, page: page, after: after, properties: listProperties(for: type))
    }

    /// `c`: a multi-select of the type's properties; the chosen ones become the list's columns.
    mutating func openColumnPicker() -> [Effect] {
        let type = selectedType
        guard let known = definitions[type.id] else {
            message = StatusMessage("the properties of \(type.pluralLabel.lowercased()) are still loading")
            return []
        }
        let current = chosenColumnNames(for: type)
            ?? Array(type.defaultColumns.dropFirst().flatMap(\.properties))
        let nameProperties = Set(type.defaultColumns.first?.properties ?? [])
        let options = known.filter { $0.hidden != true && !nameProperties.contains($0.name) }
            .sorted { $0.label.localizedCaseInsensitiveCompare($1.label) == .orderedAscending }
            .map { Picker.Option(label: $0.label, value: $0.name, note: $0.name) }
        picker = Picker(title: "Columns of \(type.pluralLabel) (Space chooses, Enter applies; none: the defaults)",
                        options: options, purpose: .columns(typeID: type.id),
                        current: current.joined(separator: ";"), isMulti: true)
        return []
    }

    /// Applies the column picker: chosen columns keep their order, new ones follow in the picker's order.
    mutating func applyColumns(typeID: String, chosen: Set<String>, offered: [String]) -> [Effect] {
        guard let type = registry.resolve(typeID) else { return [] }
        let before = chosenColumnNames(for: type) ?? []
        let names = before.filter(chosen.contains) + offered.filter { chosen.contains($0) && !before.contains($0) }
        preferences.columns[typeID] = names.isEmpty ? nil : names
        message = StatusMessage(names.isEmpty ? "\(type.pluralLabel): default columns"
                                : "\(type.pluralLabel) columns: " + columns(for: type).map(\.header).joined(separator: ", "))
        return [.app(.savePreferences(preferences))] + reloadList(type)
    }

    /// `s`: the properties of the shown columns (and the dates every record has) to sort by.
    mutating func openSortPicker() -> [Effect] {
        let type = selectedType
        let labels = Dictionary((definitions[type.id] ?? []).map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
        let current = preferences.sorts[type.id]
        var seen = Set<String>()
        // The dates every record has, by the names this type uses (contacts say `lastmodifieddate`).
        let dates = ["createdate", "hs_lastmodifieddate", "lastmodifieddate"].filter { labels[$0] != nil }
        let names = (columns(for: type).flatMap(\.properties) + (dates.isEmpty ? ["createdate"] : dates))
            .filter { seen.insert($0).inserted }
        var options = names.map { name -> Picker.Option in
            let note = current?.property == name ? "sorted \(current!.arrow) · Enter reverses" : name
            return Picker.Option(label: labels[name] ?? Self.fallbackLabel(name), value: name, note: note)
        }
        if current != nil { options.insert(Picker.Option(label: "(HubSpot's order: every record)", value: ""), at: 0) }
        picker = Picker(title: "Sort \(type.pluralLabel) by", options: options, purpose: .sort(typeID: type.id),
                        current: current?.property)
        return []
    }

    /// Sorts `typeID`'s list by `property` (the same property again reverses it; "" removes the sort).
    mutating func applySort(typeID: String, property: String) -> [Effect] {
        guard let type = registry.resolve(typeID) else { return [] }
        let label = definition(property, typeID: typeID)?.label ?? Self.fallbackLabel(property)
        if property.isEmpty {
            preferences.sorts[typeID] = nil
            message = StatusMessage("\(type.pluralLabel) in HubSpot's order")
        } else {
            var sort = ListSort(property: property)
            if let current = preferences.sorts[typeID], current.property == property { sort.descending = !current.descending }
            preferences.sorts[typeID] = sort
            message = StatusMessage("\(type.pluralLabel) sorted by \(label) \(sort.arrow)"
                                    + (connection.isOffline ? " once online (offline: the cached order)" : ""))
        }
        return [.app(.savePreferences(preferences))] + reloadList(type)
    }

    /// Drops `type`'s loaded rows and loads its first page again (its columns or sort changed).
    private mutating func reloadList(_ type: ObjectType) -> [Effect] {
        if selectedType.id == type.id { leaveLocalSearch() }
        lists[type.id] = nil
        guard selectedType.id == type.id else { return [] }
        if focus == .sidebar { focus = .list }
        return openSelectedType()
    }

    /// "sorted by Last Name ▲" for the status line, or `nil` when the list is in HubSpot's order.
    func sortSummary(_ type: ObjectType) -> String? {
        guard let sort = preferences.sorts[type.id] else { return nil }
        let label = definition(sort.property, typeID: type.id)?.label ?? Self.fallbackLabel(sort.property)
        return connection.isOffline ? "unsorted offline (sorting is HubSpot's search)" : "sorted by \(label) \(sort.arrow)"
    }

    private static func fallbackLabel(_ name: String) -> String {
        name == "createdate" ? "Create date" : name
    }
}
