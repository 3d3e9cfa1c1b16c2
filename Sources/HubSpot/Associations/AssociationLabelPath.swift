/// Which of HubSpot's two spellings of the association label paths to call.
public enum AssociationLabelPath: String, Sendable, CaseIterable {
    /// `/crm/v4/associations/{from}/{to}/labels`, as the docs and the SDKs spell it.
    case documented = "/crm/v4/associations"  // legacy v4
    /// `/crm/associations/v4/{from}/{to}/labels`, as the current OpenAPI spec spells it.
    case currentSpec = "/crm/associations/v4"  // legacy v4
}
