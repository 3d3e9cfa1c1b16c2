/// The parameters of `GET /crm/v3/objects/{type}`, already parsed from the query string.
public struct RecordListRequest: Sendable, Hashable {
    /// Records per page (1…100).
    public var limit: Int
    /// The id to start at (HubSpot's cursor is the id of the next record).
    public var after: String?
    /// The properties to return; `nil` means the type's defaults.
    public var properties: [String]?
    /// Types (names or ids) whose associated ids to return.
    public var associations: [String]
    /// Whether to list archived records instead of live ones.
    public var archived: Bool

    /// HubSpot's default page size.
    public static let defaultLimit = 10
    /// HubSpot's largest page for list endpoints.
    public static let maximumLimit = 100

    /// Creates a list request with HubSpot's defaults.
    public init(
        limit: Int = defaultLimit, after: String? = nil, properties: [String]? = nil,
        associations: [String] = [], archived: Bool = false
    ) {
        self.limit = limit
        self.after = after
        self.properties = properties
        self.associations = associations
        self.archived = archived
    }
}
