import Foundation

/// One CRM record as HubSpot returns it (`SimplePublicObject` / `…WithAssociations`).
///
/// Every property value is a string; HubSpot sometimes sends `null`, kept here as `nil`.
public struct CRMRecord: Codable, Hashable, Sendable, Identifiable {
    /// The record id (`hs_object_id`), a string of digits.
    public var id: String
    /// Property values by internal name.
    public var properties: [String: String?]
    /// When the record was created.
    public var createdAt: Date
    /// When any property last changed.
    public var updatedAt: Date
    /// Whether the record is in the recycle bin.
    public var archived: Bool
    /// When it was archived, if it was.
    public var archivedAt: Date?
    /// Property histories, when asked for with `propertiesWithHistory`.
    public var propertiesWithHistory: [String: [PropertyHistoryEntry]]?
    /// Associated record ids by associated type name, when asked for with `associations`.
    public var associations: [String: AssociationIDPage]?
    /// The record's page in HubSpot's web app, when the server sends it.
    public var url: String?
    /// The trace id a batch input carried, echoed on its result so results can be matched to inputs.
    public var objectWriteTraceId: String?

    /// Creates a record.
    public init(
        id: String, properties: [String: String?], createdAt: Date, updatedAt: Date,
        archived: Bool = false, archivedAt: Date? = nil,
        propertiesWithHistory: [String: [PropertyHistoryEntry]]? = nil,
        associations: [String: AssociationIDPage]? = nil, url: String? = nil, objectWriteTraceId: String? = nil
    ) {
        self.id = id
        self.properties = properties
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.archived = archived
        self.archivedAt = archivedAt
        self.propertiesWithHistory = propertiesWithHistory
        self.associations = associations
        self.url = url
        self.objectWriteTraceId = objectWriteTraceId
    }

    /// The value of a property, with `null` and absent both read as `nil`.
    public subscript(property name: String) -> String? {
        properties[name] ?? nil
    }
}

/// One past value of a property (`ValueWithTimestamp`).
public struct PropertyHistoryEntry: Codable, Hashable, Sendable {
    /// The value it held.
    public var value: String
    /// When it was set.
    public var timestamp: Date
    /// What set it, e.g. `CRM_UI` or `API`.
    public var sourceType: String
    /// The source's id, if any.
    public var sourceId: String?
    /// The source's label, if any.
    public var sourceLabel: String?
    /// The user who set it, if any.
    public var updatedByUserId: Int?

    /// Creates a history entry.
    public init(
        value: String, timestamp: Date, sourceType: String, sourceId: String? = nil,
        sourceLabel: String? = nil, updatedByUserId: Int? = nil
    ) {
        self.value = value
        self.timestamp = timestamp
        self.sourceType = sourceType
        self.sourceId = sourceId
        self.sourceLabel = sourceLabel
        self.updatedByUserId = updatedByUserId
    }
}

/// The associated ids of one type on a record (`CollectionResponseAssociatedId`).
public struct AssociationIDPage: Codable, Hashable, Sendable {
    /// One associated record id and the association's type name, e.g. `contact_to_company`.
    public struct Entry: Codable, Hashable, Sendable {
        /// The associated record's id.
        public var id: String
        /// The association type, e.g. `deal_to_contact`.
        public var type: String

        /// Creates an entry.
        public init(id: String, type: String) {
            self.id = id
            self.type = type
        }
    }

    /// The associated ids on this page.
    public var results: [Entry]
    /// The cursor to the next page, if there is one.
    public var paging: Paging?

    /// Creates a page of associated ids.
    public init(results: [Entry], paging: Paging? = nil) {
        self.results = results
        self.paging = paging
    }
}
