/// One record to create (`SimplePublicObjectInputForCreate`): its properties and associations.
public struct RecordCreateInput: Codable, Hashable, Sendable {
    /// Property values by internal name; `""` leaves a property empty.
    public var properties: [String: String]
    /// Records to associate the new one with (sent as `[]` when empty, as the spec requires the field).
    public var associations: [AssociationInput]
    /// A caller's name for this input that HubSpot repeats on its result (or its error's context), so results
    /// are matched to inputs without relying on their order; the client fills it in when left nil.
    public var objectWriteTraceId: String?

    /// Creates a create input.
    public init(
        properties: [String: String], associations: [AssociationInput] = [], objectWriteTraceId: String? = nil
    ) {
        self.properties = properties
        self.associations = associations
        self.objectWriteTraceId = objectWriteTraceId
    }
}
