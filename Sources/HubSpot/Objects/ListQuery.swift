/// The parameters of a list request (`GET /crm/v3/objects/{type}`).
public struct ListQuery: Sendable, Hashable {
    /// Records per page; HubSpot's maximum is 100.
    public var limit: Int
    /// The cursor of the page to fetch; `nil` for the first page.
    public var after: String?
    /// The properties to return; empty means the type's defaults.
    public var properties: [String]
    /// The properties to return with their history.
    public var propertiesWithHistory: [String]
    /// The associated types whose ids to return.
    public var associations: [String]
    /// Whether to list archived records instead of live ones.
    public var archived: Bool

    /// Creates a list query.
    public init(
        limit: Int = 100, after: String? = nil, properties: [String] = [], propertiesWithHistory: [String] = [],
        associations: [String] = [], archived: Bool = false
    ) {
        self.limit = limit
        self.after = after
        self.properties = properties
        self.propertiesWithHistory = propertiesWithHistory
        self.associations = associations
        self.archived = archived
    }

    /// The query string items, lists comma-separated as HubSpot's docs describe.
    var queryItems: [(String, String)] {
        var items = [("limit", String(limit))]
        if let after { items.append(("after", after)) }
        if !properties.isEmpty { items.append(("properties", properties.joined(separator: ","))) }
        if !propertiesWithHistory.isEmpty {
            items.append(("propertiesWithHistory", propertiesWithHistory.joined(separator: ",")))
        }
        if !associations.isEmpty { items.append(("associations", associations.joined(separator: ","))) }
        if archived { items.append(("archived", "true")) }
        return items
    }
}
