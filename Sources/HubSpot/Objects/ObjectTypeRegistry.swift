import Foundation

/// Every object type Spoke knows, looked up by type id (`0-1`) or API name (`contacts`).
///
/// The standard rows are seed 000's table; required properties come from seed 001. Custom object
/// types (`2-…`) are registered at run time from the portal's schemas.
public struct ObjectTypeRegistry: Sendable {
    /// The types in sidebar order: core, activities, commerce, other, then custom objects.
    public private(set) var all: [ObjectType]

    /// Creates a registry holding `types` (kept in sidebar order).
    public init(types: [ObjectType]) {
        all = Self.sorted(types)
    }

    /// The registry of HubSpot's standard object types.
    public static let standard = ObjectTypeRegistry(types: ObjectTypeRegistry.standardTypes)

    /// The type named by an id (`0-3`), an API name (`deals`), or a singular or label spelling
    /// (`deal`, `Line items`), case-insensitively; `nil` if none matches.
    public func resolve(_ idOrName: String) -> ObjectType? {
        let key = Self.normalized(idOrName)
        return all.first { type in
            type.id == idOrName
                || Self.normalized(type.name) == key
                || Self.normalized(type.singularLabel) == key
                || Self.normalized(type.pluralLabel) == key
        }
    }

    /// Adds or replaces a type (by id), keeping sidebar order.
    public mutating func register(_ type: ObjectType) {
        all.removeAll { $0.id == type.id }
        all = Self.sorted(all + [type])
    }

    private static func normalized(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: " ", with: "_")
    }

    private static func sorted(_ types: [ObjectType]) -> [ObjectType] {
        // Stable: within a group, the order of the definition table stands.
        types.enumerated().sorted { a, b in
            a.element.group != b.element.group ? a.element.group < b.element.group : a.offset < b.offset
        }.map(\.element)
    }
}
