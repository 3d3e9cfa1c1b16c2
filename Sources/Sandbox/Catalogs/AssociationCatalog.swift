import Foundation
import HubSpot

/// HubSpot's built-in association types (docs/hubspot-api-notes.md §8), looked up by type pair or id.
public struct AssociationCatalog: Sendable {
    /// Every definition, both directions of every pair.
    public private(set) var definitions: [AssociationTypeDefinition]
    private var byPair: [String: [AssociationTypeDefinition]]

    /// The standard HubSpot-defined association types.
    public static let standard = AssociationCatalog(pairs: standardPairs)

    /// One row of the table: a pair of types, its default ids each way and, if it has one, its primary ids.
    struct Pair {
        let a: String
        let b: String
        let forward: Int
        let reverse: Int
        var primaryForward: Int? = nil
        var primaryReverse: Int? = nil
    }

    private static let standardPairs: [Pair] = {
        let (contact, company, deal, ticket, lineItem) = ("0-1", "0-2", "0-3", "0-5", "0-8")
        var pairs = [
            Pair(a: contact, b: company, forward: 279, reverse: 280, primaryForward: 1, primaryReverse: 2),
            Pair(a: deal, b: contact, forward: 3, reverse: 4),
            Pair(a: deal, b: company, forward: 341, reverse: 342, primaryForward: 5, primaryReverse: 6),
            Pair(a: ticket, b: contact, forward: 16, reverse: 15),
            Pair(a: ticket, b: company, forward: 339, reverse: 340, primaryForward: 26, primaryReverse: 25),
            Pair(a: deal, b: ticket, forward: 27, reverse: 28),
            Pair(a: deal, b: lineItem, forward: 19, reverse: 20),
            Pair(a: company, b: company, forward: 13, reverse: 14),
            Pair(a: deal, b: "0-14", forward: 63, reverse: 64),
        ]
        // Activities: (type id, to contact/company/deal/ticket, and back).
        let activities: [(String, [Int], [Int])] = [
            ("0-46", [202, 190, 214, 228], [201, 189, 213, 227]),
            ("0-48", [194, 182, 206, 220], [193, 181, 205, 219]),
            ("0-49", [198, 186, 210, 224], [197, 185, 209, 223]),
            ("0-47", [200, 188, 212, 226], [199, 187, 211, 225]),
            ("0-27", [204, 192, 216, 230], [203, 191, 215, 229]),
        ]
        for (activity, forward, reverse) in activities {
            for (index, target) in [contact, company, deal, ticket].enumerated() {
                pairs.append(Pair(a: activity, b: target, forward: forward[index], reverse: reverse[index]))
            }
        }
        return pairs
    }()

    init(pairs: [Pair]) {
        var definitions: [AssociationTypeDefinition] = []
        for pair in pairs {
            let aName = Self.singularName(pair.a)
            let bName = Self.singularName(pair.b)
            let hasPrimary = pair.primaryForward != nil
            if pair.a == pair.b {
                // Parent/child companies: the two directions have their own names.
                definitions.append(
                    .init(
                        fromTypeID: pair.a, toTypeID: pair.b, typeID: pair.forward,
                        inverseTypeID: pair.reverse, name: "parent_to_child_\(aName)",
                        label: "Child \(aName.capitalized)"))
                definitions.append(
                    .init(
                        fromTypeID: pair.b, toTypeID: pair.a, typeID: pair.reverse,
                        inverseTypeID: pair.forward, name: "child_to_parent_\(aName)",
                        label: "Parent \(aName.capitalized)"))
                continue
            }
            let suffix = hasPrimary ? "_unlabeled" : ""
            definitions.append(
                .init(
                    fromTypeID: pair.a, toTypeID: pair.b, typeID: pair.forward,
                    inverseTypeID: pair.reverse, name: "\(aName)_to_\(bName)\(suffix)", label: nil))
            definitions.append(
                .init(
                    fromTypeID: pair.b, toTypeID: pair.a, typeID: pair.reverse,
                    inverseTypeID: pair.forward, name: "\(bName)_to_\(aName)\(suffix)", label: nil))
            if let primaryForward = pair.primaryForward, let primaryReverse = pair.primaryReverse {
                definitions.append(
                    .init(
                        fromTypeID: pair.a, toTypeID: pair.b, typeID: primaryForward,
                        inverseTypeID: primaryReverse, name: "\(aName)_to_\(bName)",
                        label: "Primary"))
                definitions.append(
                    .init(
                        fromTypeID: pair.b, toTypeID: pair.a, typeID: primaryReverse,
                        inverseTypeID: primaryForward, name: "\(bName)_to_\(aName)",
                        label: "Primary"))
            }
        }
        self.definitions = definitions
        byPair = Dictionary(grouping: definitions) { Self.pairKey($0.fromTypeID, $0.toTypeID) }
    }

    /// The association types from `fromTypeID` to `toTypeID`, default first.
    public func definitions(from fromTypeID: String, to toTypeID: String) -> [AssociationTypeDefinition] {
        (byPair[Self.pairKey(fromTypeID, toTypeID)] ?? []).sorted { a, b in
            a.isDefault != b.isDefault ? a.isDefault : a.typeID < b.typeID
        }
    }

    /// The unlabeled default type between two types, if HubSpot defines one.
    public func defaultDefinition(from fromTypeID: String, to toTypeID: String) -> AssociationTypeDefinition? {
        definitions(from: fromTypeID, to: toTypeID).first { $0.isDefault }
    }

    /// The "Primary" type between two types (contact/deal/ticket → company), if there is one.
    public func primaryDefinition(from fromTypeID: String, to toTypeID: String) -> AssociationTypeDefinition? {
        definitions(from: fromTypeID, to: toTypeID).first { $0.label == "Primary" }
    }

    /// The definition with `typeID` between the two types.
    public func definition(typeID: Int, from fromTypeID: String, to toTypeID: String) -> AssociationTypeDefinition? {
        definitions(from: fromTypeID, to: toTypeID).first { $0.typeID == typeID }
    }

    /// Adds a definition (a portal's own label or a custom object's association type).
    mutating func add(_ definition: AssociationTypeDefinition) {
        definitions.append(definition)
        byPair[Self.pairKey(definition.fromTypeID, definition.toTypeID), default: []].append(definition)
    }

    /// Removes the definitions with `typeID` in the given direction.
    mutating func remove(typeID: Int, from fromTypeID: String, to toTypeID: String) {
        let matches = { (d: AssociationTypeDefinition) in
            d.typeID == typeID && d.fromTypeID == fromTypeID && d.toTypeID == toTypeID
        }
        definitions.removeAll(where: matches)
        byPair[Self.pairKey(fromTypeID, toTypeID)]?.removeAll(where: matches)
    }

    /// `contact`, `line_item`, …: the spelling HubSpot uses inside association names.
    static func singularName(_ typeID: String) -> String {
        guard let type = ObjectTypeRegistry.standard.resolve(typeID) else { return typeID }
        return type.singularLabel.lowercased().replacingOccurrences(of: " ", with: "_")
    }

    /// The singular spelling for any registered type, custom objects included.
    static func singularName(_ typeID: String, in registry: ObjectTypeRegistry) -> String {
        guard let type = registry.resolve(typeID) else { return typeID }
        return type.singularLabel.lowercased().replacingOccurrences(of: " ", with: "_")
    }

    private static func pairKey(_ from: String, _ to: String) -> String { "\(from)>\(to)" }
}
