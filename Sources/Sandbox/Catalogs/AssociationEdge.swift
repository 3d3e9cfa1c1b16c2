/// One directed association between two records, stored once per direction as HubSpot reports it.
public struct AssociationEdge: Hashable, Sendable {
    /// The record the edge starts at.
    public let from: RecordKey
    /// The record it points to.
    public let to: RecordKey
    /// HubSpot's association type id, e.g. 279 for contact→company.
    public let typeID: Int
    /// `HUBSPOT_DEFINED`, `USER_DEFINED` or `INTEGRATOR_DEFINED`.
    public let category: String

    /// Creates an edge.
    public init(from: RecordKey, to: RecordKey, typeID: Int, category: String = "HUBSPOT_DEFINED") {
        self.from = from
        self.to = to
        self.typeID = typeID
        self.category = category
    }
}
