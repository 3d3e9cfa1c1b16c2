/// One record to create (`SimplePublicObjectInputForCreate`): its properties and associations.
public struct RecordCreateInput: Codable, Hashable, Sendable {
    /// Property values by internal name; `""` leaves a property empty.
    public var properties: [String: String]
    /// Records to associate the new one with (sent as `[]` when empty, as the spec requires the field).
    public var associations: [AssociationInput]

    /// Creates a create input.
    public init(properties: [String: String], associations: [AssociationInput] = []) {
        self.properties = properties
        self.associations = associations
    }
}
