import HubSpot
import TerminalUI

// MARK: - Columns (c) and sort (s) of a type's list
extension ListScreen {
    /// The columns `type`'s list shows: its name column, then the properties picked in the app, else the
    /// config's `[columns]`, else the type's default columns.
    static func columns(for type: ObjectType, _ context: ScreenContext) -> [ObjectColumn] {
        guard let names = chosenColumnNames(for: type, context) else { return type.defaultColumns }
        let nameColumn = Array(type.defaultColumns.prefix(1))
        let shownByName = Set(nameColumn.flatMap(\.properties))
        return nameColumn
            + names.filter { !shownByName.contains($0) }.map { name in
                ObjectColumn(
                    context.catalog.definition(name, typeID: type.id)?.label ?? name, [name], minWidth: 10, weight: 1)
            }
    }

    /// The property names chosen as columns (picked here, else configured), or `nil` for the defaults.
    static func chosenColumnNames(for type: ObjectType, _ context: ScreenContext) -> [String]? {
        if let picked = context.session.preferences.columns[type.id], !picked.isEmpty { return picked }
        let configured = context.session.configuredColumns
        if let names = configured[type.name] ?? configured[type.id], !names.isEmpty { return names }
        return nil
    }

    /// Every property `type`'s list asks for: the name, the columns shown and the sorted property.
    static func listProperties(for type: ObjectType, _ context: ScreenContext) -> [String] {
        var seen = Set<String>()
        let sorted = context.session.preferences.sorts[type.id].map { [$0.property] } ?? []
        return (type.listProperties + columns(for: type, context).flatMap(\.properties) + sorted)
            .filter { seen.insert($0).inserted }
    }

    /// The effect that fetches `page` of `type`'s list: HubSpot's search when the list is sorted and the
    /// session online (the list API has no sort), else the list API (cache-first).
    static func pageEffect(_ type: ObjectType, page: Int, after: String?, _ context: ScreenContext) -> Effect {
        if let request = sortedSearch(type, context) {
            return .fetchSearchPage(typeID: type.id, page: page, cursor: after, request)
        }
        return .fetchPage(typeID: type.id, page: page, after: after, properties: listProperties(for: type, context))
    }

    /// The search that pages `type`'s list when it is sorted and the session online; `nil` for the list API.
    static func sortedSearch(_ type: ObjectType, _ context: ScreenContext) -> SearchRequest? {
        guard let sort = context.session.preferences.sorts[type.id], !context.session.connection.isOffline else {
            return nil
        }
        return SearchRequest(
            sorts: [sort.searchSort], properties: listProperties(for: type, context), limit: BrowserState.pageSize)
    }

    /// `c`: a multi-select of the type's properties; the chosen ones become the list's columns.
    func columnPicker(_ type: ObjectType, _ context: ScreenContext) -> ScreenUpdate {
        guard let known = context.catalog.definitions[type.id] else {
            return .ask(.message(StatusMessage("the properties of \(type.pluralLabel.lowercased()) are still loading")))
        }
        let current =
            Self.chosenColumnNames(for: type, context) ?? Array(type.defaultColumns.dropFirst().flatMap(\.properties))
        let nameProperties = Set(type.defaultColumns.first?.properties ?? [])
        let options = known.filter { $0.hidden != true && !nameProperties.contains($0.name) }
            .sorted { $0.label.localizedCaseInsensitiveCompare($1.label) == .orderedAscending }
            .map { Picker.Option(label: $0.label, value: $0.name, note: $0.name) }
        return .ask(
            .modal(
                .picker(
                    Picker(
                        title: "Columns of \(type.pluralLabel) (Space chooses, Enter applies; none: the defaults)",
                        options: options,
                        purpose: .columns(typeID: type.id), current: current.joined(separator: ";"), isMulti: true))))
    }

    /// The column picker's choice, in the order the columns were chosen: those kept first in their order,
    /// then the new ones in the order they were picked.
    static func chooseColumns(_ type: ObjectType, chosen names: [String], _ context: ScreenContext) -> ScreenUpdate {
        var after = context.session
        after.preferences.columns[type.id] = names.isEmpty ? nil : names
        let shown = ScreenContext(
            session: after, catalog: context.catalog, layout: context.layout, writes: context.writes)
        return .ask(
            .columns(typeID: type.id, names.isEmpty ? nil : names),
            .message(
                StatusMessage(
                    names.isEmpty
                        ? "\(type.pluralLabel): default columns"
                        : "\(type.pluralLabel) columns: "
                            + columns(for: type, shown).map(\.header).joined(separator: ", "))))
    }

    /// `s`: the properties of the shown columns (and the dates every record has) to sort by.
    static func sortPicker(_ type: ObjectType, _ context: ScreenContext) -> ScreenUpdate {
        let labels = Dictionary(
            (context.catalog.definitions[type.id] ?? []).map { ($0.name, $0.label) },
            uniquingKeysWith: { first, _ in first })
        let current = context.session.preferences.sorts[type.id]
        var seen = Set<String>()
        // The dates every record has, by the names this type uses (contacts say `lastmodifieddate`).
        let dates = ["createdate", "hs_lastmodifieddate", "lastmodifieddate"].filter { labels[$0] != nil }
        let names = (columns(for: type, context).flatMap(\.properties) + (dates.isEmpty ? ["createdate"] : dates))
            .filter { seen.insert($0).inserted }
        var options = names.map { name -> Picker.Option in
            let note = current?.property == name ? "sorted \(current?.arrow ?? "") · Enter reverses" : name
            return Picker.Option(label: labels[name] ?? fallbackLabel(name), value: name, note: note)
        }
        if current != nil { options.insert(Picker.Option(label: "(HubSpot's order: every record)", value: ""), at: 0) }
        return .ask(
            .modal(
                .picker(
                    Picker(
                        title: "Sort \(type.pluralLabel) by", options: options,
                        purpose: .sort(typeID: type.id), current: current?.property))))
    }

    /// The sort picker's choice: `property` (the same again reverses it; "" is HubSpot's order).
    static func chooseSort(_ type: ObjectType, property: String, _ context: ScreenContext) -> ScreenUpdate {
        let label = context.catalog.definition(property, typeID: type.id)?.label ?? fallbackLabel(property)
        if property.isEmpty {
            return .ask(.sort(typeID: type.id, nil), .message(StatusMessage("\(type.pluralLabel) in HubSpot's order")))
        }
        var sort = ListSort(property: property)
        if let current = context.session.preferences.sorts[type.id], current.property == property {
            sort.descending = !current.descending
        }
        return .ask(
            .sort(typeID: type.id, sort),
            .message(
                StatusMessage(
                    "\(type.pluralLabel) sorted by \(label) \(sort.arrow)"
                        + (context.session.connection.isOffline ? " once online (offline: the cached order)" : ""))))
    }

    /// "sorted by Last Name ▲" for the status line, or `nil` when the list is in HubSpot's order.
    static func sortSummary(_ type: ObjectType, _ context: ScreenContext) -> String? {
        guard let sort = context.session.preferences.sorts[type.id] else { return nil }
        let label = context.catalog.definition(sort.property, typeID: type.id)?.label ?? fallbackLabel(sort.property)
        return context.session.connection.isOffline
            ? "unsorted offline (sorting is HubSpot's search)"
            : "sorted by \(label) \(sort.arrow)"
    }

    private static func fallbackLabel(_ name: String) -> String {
        name == "createdate" ? "Create date" : name
    }

    /// Drops `typeID`'s loaded rows (its columns or sort changed); the caller opens it again when shown.
    mutating func forget(typeID: String) {
        lists[typeID] = nil
    }
}
