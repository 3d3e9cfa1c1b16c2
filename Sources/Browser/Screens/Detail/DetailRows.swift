import HubSpot

/// The detail pane's rows for a record: pure, so screens and tests share it.
public enum DetailRows {
    /// One property row.
    public struct Row: Sendable, Equatable {
        /// The property's label (or internal name when no definition is known).
        public var label: String
        /// The internal name.
        public var name: String
        /// The value as a person reads it.
        public var value: String
        /// The group heading it sits under.
        public var group: String
        /// Whether this row is the heading of a property group rather than a property.
        public var isHeading = false
    }

    /// The record's properties that have values, under a heading per property group (in the groups'
    /// display order, then by display order and label within one). Without definitions, by internal name.
    /// With `includeEmpty`, every visible property of the type is listed, empty ones too, so they can be set.
    public static func make(
        record: CRMRecord, definitions: [PropertyDefinition]?, groups: [PropertyGroup]?, includeEmpty: Bool = false
    ) -> [Row] {
        var record = record
        if includeEmpty {
            for definition in definitions ?? []
            where definition.hidden != true && record.properties[definition.name] == nil {
                record.properties[definition.name] = .some("")
            }
        }
        let rows = make(
            record: record, definitions: definitions, includeEmpty: includeEmpty,
            groupOrder: groups.map { groups in
                Dictionary(groups.map { ($0.name, $0.displayOrder) }, uniquingKeysWith: { first, _ in first })
            })
        guard let groups, !groups.isEmpty else { return rows }
        let labels = Dictionary(groups.map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
        var result: [Row] = []
        for row in rows {
            if row.group != result.last?.group {
                result.append(
                    Row(
                        label: labels[row.group] ?? row.group, name: "", value: "", group: row.group,
                        isHeading: true))
            }
            result.append(row)
        }
        return result
    }

    /// The rows without headings, ordered by `groupOrder` when given, else by the definitions' first mention.
    public static func make(
        record: CRMRecord, definitions: [PropertyDefinition]?, includeEmpty: Bool = false,
        groupOrder given: [String: Int]? = nil
    ) -> [Row] {
        let present = record.properties.compactMap { name, value -> (String, String)? in
            guard let value, includeEmpty || !value.isEmpty else { return nil }
            return (name, value)
        }
        guard let definitions, !definitions.isEmpty else {
            return present.sorted { $0.0 < $1.0 }.map { Row(label: $0.0, name: $0.0, value: $0.1, group: "") }
        }
        let byName = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let groupOrder =
            given
            ?? Dictionary(
                definitions.map(\.groupName).uniqued().enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return present.map { name, value -> (Row, Int, Int) in
            guard let definition = byName[name] else {
                return (Row(label: name, name: name, value: value, group: "other"), Int.max, Int.max)
            }
            let row = Row(
                label: definition.label, name: name,
                value: PropertyFormatter.display(value, definition: definition),
                group: definition.groupName)
            return (row, groupOrder[definition.groupName] ?? Int.max, definition.displayOrder ?? Int.max)
        }
        .sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            // Groups that share a display order stay together, by name.
            if a.0.group != b.0.group { return a.0.group < b.0.group }
            if a.2 != b.2 { return a.2 < b.2 }
            return a.0.label.localizedStandardCompare(b.0.label) == .orderedAscending
        }
        .map(\.0)
    }
}

extension DetailRows {
    /// The create form of `type`: its required properties first (marked `*`), then every other property
    /// a person can set, by group and display order; values are what is staged.
    public static func form(type: ObjectType, definitions: [PropertyDefinition], staged: [String: String]) -> [Row] {
        let required = type.requiredOnCreate.propertyNames
        let byName = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let groupOrder = Dictionary(
            definitions.map(\.groupName).uniqued().enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        func row(_ name: String, mark: String) -> Row {
            let definition = byName[name]
            let value = staged[name].map { PropertyFormatter.display($0, definition: definition) } ?? ""
            return Row(
                label: mark + (definition?.label ?? name), name: name, value: value,
                group: definition?.groupName ?? "")
        }
        let optional =
            definitions
            // The pinned activity is set from the pin menu of a saved record, never typed.
            .filter {
                !required.contains($0.name) && !$0.isReadOnly && $0.hidden != true
                    && $0.name != "hs_pinned_engagement_id"
            }
            .sorted { a, b in
                let (ga, gb) = (groupOrder[a.groupName] ?? Int.max, groupOrder[b.groupName] ?? Int.max)
                if ga != gb { return ga < gb }
                if (a.displayOrder ?? Int.max) != (b.displayOrder ?? Int.max) {
                    return (a.displayOrder ?? Int.max) < (b.displayOrder ?? Int.max)
                }
                return a.label.localizedStandardCompare(b.label) == .orderedAscending
            }
        return required.map { row($0, mark: "* ") } + optional.map { row($0.name, mark: "") }
    }
}

extension Sequence where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
