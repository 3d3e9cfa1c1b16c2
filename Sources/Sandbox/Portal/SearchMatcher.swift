import Foundation
import HubSpot

/// Decides whether a stored record matches a search's filters and query, and orders results,
/// comparing values as their property type says (numbers and dates numerically, text without case).
struct SearchMatcher {
    /// Properties the free-text `query` looks in, per type; other types use their title properties.
    static let searchableProperties: [String: [String]] = [
        "0-1": ["firstname", "lastname", "email", "phone", "company", "hs_additional_emails"],
        "0-2": ["name", "domain", "website", "phone"],
        "0-3": ["dealname"],
        "0-5": ["subject", "content"],
    ]

    let definitions: [String: PropertyDefinition]
    let queryProperties: [String]

    init(type: ObjectType, definitions: [PropertyDefinition]) {
        self.definitions = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        queryProperties = Self.searchableProperties[type.id] ?? type.titleProperties
    }

    /// Whether `record` matches every filter of at least one group (no groups: every record).
    func matches(_ record: StoredRecord, groups: [FilterGroup]) -> Bool {
        groups.isEmpty || groups.contains { group in group.filters.allSatisfy { matches(record, $0) } }
    }

    /// Whether every word of `query` starts a word of some searchable property.
    func matches(_ record: StoredRecord, query: String) -> Bool {
        let words = Self.tokens(query)
        guard !words.isEmpty else { return true }
        let haystack = queryProperties.compactMap { record.properties[$0]?.lowercased() }
        let tokens = haystack.flatMap(Self.tokens) + haystack
        return words.allSatisfy { word in tokens.contains { $0.hasPrefix(word) } }
    }

    private func matches(_ record: StoredRecord, _ filter: SearchFilter) -> Bool {
        let stored = value(of: filter.propertyName, in: record)
        switch filter.operator {
        case .hasProperty: return stored != nil
        case .notHasProperty: return stored == nil
        case .in:
            return stored.map { value in
                (filter.values ?? []).contains { compare(value, $0, filter.propertyName) == .orderedSame }
            } ?? false
        case .notIn:
            return stored.map { value in
                !(filter.values ?? []).contains { compare(value, $0, filter.propertyName) == .orderedSame }
            } ?? true
        case .containsToken: return stored.map { Self.containsToken($0, pattern: filter.value ?? "") } ?? false
        case .notContainsToken: return stored.map { !Self.containsToken($0, pattern: filter.value ?? "") } ?? true
        case .neq: return stored.map { compare($0, filter.value ?? "", filter.propertyName) != .orderedSame } ?? true
        default: break
        }
        guard let stored, let value = filter.value else { return false }
        let order = compare(stored, value, filter.propertyName)
        switch filter.operator {
        case .eq: return order == .orderedSame
        case .lt: return order == .orderedAscending
        case .lte: return order != .orderedDescending
        case .gt: return order == .orderedDescending
        case .gte: return order != .orderedAscending
        case .between:
            guard let high = filter.highValue else { return false }
            return order != .orderedAscending && compare(stored, high, filter.propertyName) != .orderedDescending
        default: return false
        }
    }

    /// The stored value of `name`; `hs_object_id` always exists.
    func value(of name: String, in record: StoredRecord) -> String? {
        if name == "hs_object_id" { return String(record.id) }
        guard let value = record.properties[name], !value.isEmpty else { return nil }
        return value
    }

    /// Compares as the property's type says; text compares without regard to case.
    func compare(_ stored: String, _ wanted: String, _ property: String) -> ComparisonResult {
        if let a = numericValue(stored, property), let b = numericValue(wanted, property) {
            return a < b ? .orderedAscending : a > b ? .orderedDescending : .orderedSame
        }
        return stored.lowercased().compare(wanted.lowercased())
    }

    /// Numbers, and dates as epoch milliseconds (stored either way), for numeric comparison.
    private func numericValue(_ text: String, _ property: String) -> Double? {
        let type = property == "hs_object_id" ? "number" : definitions[property]?.type
        switch type {
        case "number": return Double(text)
        case "date", "datetime":
            if let number = Double(text) { return number }
            return HubSpotTimestamp.parsePropertyValue(text).map { $0.timeIntervalSince1970 * 1000 }
        default: return nil
        }
    }

    /// CONTAINS_TOKEN: a word of the value, or the whole value, matches the pattern (`*` is a wildcard).
    static func containsToken(_ value: String, pattern: String) -> Bool {
        let lowered = value.lowercased()
        let wanted = pattern.lowercased()
        return wildcard(wanted, matches: lowered) || tokens(lowered).contains { wildcard(wanted, matches: $0) }
    }

    private static func wildcard(_ pattern: String, matches text: String) -> Bool {
        let parts = pattern.split(separator: "*", omittingEmptySubsequences: false).map(String.init)
        guard parts.count > 1 else { return text == pattern }
        guard text.hasPrefix(parts[0]), text.hasSuffix(parts[parts.count - 1]),
            text.count >= parts[0].count + parts[parts.count - 1].count
        else { return false }
        var rest = Substring(text.dropFirst(parts[0].count).dropLast(parts[parts.count - 1].count))
        for middle in parts.dropFirst().dropLast() where !middle.isEmpty {
            guard let range = rest.range(of: middle) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
