import HubSpot

/// The portal's configuration beyond records: pipelines, property groups, custom object schemas,
/// and the counters that hand out ids for what the admin APIs create.
struct PortalAdminState: Sendable {
    /// Pipelines by object type id (`0-3`, `0-5`), in display order.
    var pipelines: [String: [Pipeline]] = [:]
    /// Property groups by object type id; seeded lazily from the properties' group names.
    var propertyGroups: [String: [PropertyGroup]] = [:]
    /// Archived custom properties by type id (kept out of `PortalState.properties` so writes refuse them).
    var archivedProperties: [String: [PropertyDefinition]] = [:]
    /// Property validation rules by type id, then property name; one rule per rule type, in the order set.
    var validationRules: [String: [String: [PropertyValidationRule]]] = [:]
    /// Custom object schemas, in creation order.
    var schemas: [ObjectSchema] = []
    /// USER_DEFINED association type ids start above every HubSpot-defined id, so a type id
    /// alone never names two types.
    var nextAssociationTypeID = 1001
    /// Pipeline and stage ids of created pipelines (HubSpot's are numeric strings).
    var nextPipelineID = 7_000_001
    /// The numeric part of the next custom object type id (`2-…`).
    var nextCustomTypeNumber = 3_465_405

    /// Hands out the next USER_DEFINED association type id.
    mutating func allocateAssociationTypeID() -> Int {
        defer { nextAssociationTypeID += 1 }
        return nextAssociationTypeID
    }

    /// Hands out the next pipeline or stage id.
    mutating func allocatePipelineID() -> String {
        defer { nextPipelineID += 1 }
        return String(nextPipelineID)
    }
}
