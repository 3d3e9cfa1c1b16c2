import CRMCache
import HubSpot

/// What the portal says about its data, fetched once and shared by every screen: property definitions and
/// groups, owners, pipelines, and the display names of records seen so far.
public struct Catalog: Sendable {
    /// Property definitions by type id.
    public internal(set) var definitions: [String: [PropertyDefinition]] = [:]
    /// Property groups by type id (their labels head the detail pane's rows).
    public internal(set) var propertyGroups: [String: [PropertyGroup]] = [:]
    /// Property validation rules by type id, then property name (once fetched; empty when unreadable).
    public internal(set) var validationRules: [String: [String: [PropertyValidationRule]]] = [:]
    /// Types whose definitions are being fetched.
    public internal(set) var definitionsInFlight: Set<String> = []
    /// The portal's owners, once fetched for the owner picker.
    public internal(set) var owners: [Owner]?
    /// Pipelines by type id, once fetched for the pipeline and stage pickers.
    public internal(set) var pipelines: [String: [Pipeline]] = [:]
    /// Display names of records the graph, pickers and history have seen.
    public internal(set) var graphNames: [RecordReference: String] = [:]
    /// Records whose names were asked for, so a name is fetched once.
    public internal(set) var namesRequested: Set<RecordReference> = []

    /// Creates an empty catalog.
    public init() {}
}

extension Catalog {
    /// The definition of property `name` of `typeID`, once the type's definitions are known.
    func definition(_ name: String, typeID: String) -> PropertyDefinition? {
        definitions[typeID]?.first { $0.name == name }
    }

    /// The validation rules of property `name` of `typeID` (none until the type's rules are known).
    func rules(_ name: String, typeID: String) -> [PropertyValidationRule] {
        validationRules[typeID]?[name] ?? []
    }

    /// Keeps a type's rules for the session.
    mutating func receiveValidationRules(_ loaded: [PropertyValidation], typeID: String) {
        validationRules[typeID] = Dictionary(
            loaded.map { ($0.propertyName, $0.propertyValidationRules) }, uniquingKeysWith: { first, _ in first })
    }
}
