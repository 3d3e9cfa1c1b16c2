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
    }

    /// The record's properties that have values, ordered by group, then display order, then label.
    /// Without definitions, by internal name.
    public static func make(record: CRMRecord, definitions: [PropertyDefinition]?) -> [Row] {
        let present = record.properties.compactMap { name, value -> (String, String)? in
            guard let value, !value.isEmpty else { return nil }
            return (name, value)
        }
        guard let definitions, !definitions.isEmpty else {
            return present.sorted { $0.0 < $1.0 }.map { Row(label: $0.0, name: $0.0, value: $0.1, group: "") }
        }
        let byName = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let groupOrder = Dictionary(
            definitions.map(\.groupName).uniqued().enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return present.map { name, value -> (Row, Int, Int) in
            guard let definition = byName[name] else {
                return (Row(label: name, name: name, value: value, group: "other"), Int.max, Int.max)
            }
            let row = Row(label: definition.label, name: name,
                          value: PropertyFormatter.display(value, definition: definition),
                          group: definition.groupName)
            return (row, groupOrder[definition.groupName] ?? Int.max, definition.displayOrder ?? Int.max)
        }
        .sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
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
            return Row(label: mark + (definition?.label ?? name), name: name, value: value,
                       group: definition?.groupName ?? "")
        }
        let optional = definitions
            .filter { !required.contains($0.name) && !$0.isReadOnly && $0.hidden != true }
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
