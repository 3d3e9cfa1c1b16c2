/// What HubSpot requires in `properties` when a record is created (seed 001's table).
public enum RequiredProperties: Hashable, Sendable {
    /// Every one of these properties.
    case all([String])
    /// At least one of these properties (contacts, companies).
    case anyOf([String])
    /// Nothing is strictly required; these are recommended (line items).
    case recommended([String])
    /// The required properties come from the custom object's schema.
    case fromSchema

    /// The property names the rule mentions, in table order.
    public var propertyNames: [String] {
        switch self {
        case .all(let names), .anyOf(let names), .recommended(let names): names
        case .fromSchema: []
        }
    }

    /// The names that are missing from `properties` (empty strings count as missing), or `[]` if satisfied.
    public func missing(from properties: [String: String?]) -> [String] {
        func has(_ name: String) -> Bool { !((properties[name] ?? nil) ?? "").isEmpty }
        switch self {
        case .all(let names): return names.filter { !has($0) }
        case .anyOf(let names): return names.contains(where: has) ? [] : names
        case .recommended, .fromSchema: return []
        }
    }
}
