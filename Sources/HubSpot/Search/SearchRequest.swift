/// A CRM search (`PublicObjectSearchRequest`): filter groups OR'ed, filters within a group AND'ed,
/// a free-text query, one sort, the properties to return, and paging.
public struct SearchRequest: Codable, Hashable, Sendable {
    /// Groups of filters; a record matches if it matches every filter of any group.
    public var filterGroups: [FilterGroup]
    /// Sort order; HubSpot honours one sort.
    public var sorts: [SearchSort]
    /// Free text matched against the type's searchable properties.
    public var query: String?
    /// The properties to return; empty means the type's defaults.
    public var properties: [String]
    /// Results per page, at most 200.
    public var limit: Int?
    /// The offset cursor of the page to fetch.
    public var after: String?

    /// Creates a search.
    public init(
        filterGroups: [FilterGroup] = [], sorts: [SearchSort] = [], query: String? = nil, properties: [String] = [],
        limit: Int? = nil, after: String? = nil
    ) {
        self.filterGroups = filterGroups
        self.sorts = sorts
        self.query = query
        self.properties = properties
        self.limit = limit
        self.after = after
    }

    private enum CodingKeys: String, CodingKey { case filterGroups, sorts, query, properties, limit, after }

    /// Decodes the request, treating every field as optional (the body may be `{}`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        filterGroups = try c.decodeIfPresent([FilterGroup].self, forKey: .filterGroups) ?? []
        sorts = try c.decodeIfPresent([SearchSort].self, forKey: .sorts) ?? []
        query = try c.decodeIfPresent(String.self, forKey: .query)
        properties = try c.decodeIfPresent([String].self, forKey: .properties) ?? []
        limit = try c.decodeIfPresent(Int.self, forKey: .limit)
        after = try c.decodeIfPresent(LenientString.self, forKey: .after)?.value
    }
}

/// Filters that must all hold.
public struct FilterGroup: Codable, Hashable, Sendable {
    /// The filters, AND'ed.
    public var filters: [SearchFilter]

    /// Creates a group.
    public init(_ filters: [SearchFilter]) {
        self.filters = filters
    }
}

/// One condition on one property.
public struct SearchFilter: Codable, Hashable, Sendable {
    /// The property compared.
    public var propertyName: String
    /// How it is compared.
    public var `operator`: FilterOperator
    /// The value compared with (not for HAS_PROPERTY/NOT_HAS_PROPERTY, IN, NOT_IN).
    public var value: String?
    /// The values for IN and NOT_IN.
    public var values: [String]?
    /// The upper bound for BETWEEN.
    public var highValue: String?

    /// Creates a filter.
    public init(
        _ propertyName: String, _ op: FilterOperator, _ value: String? = nil, values: [String]? = nil,
        highValue: String? = nil
    ) {
        self.propertyName = propertyName
        self.operator = op
        self.value = value
        self.values = values
        self.highValue = highValue
    }

    private enum CodingKeys: String, CodingKey { case propertyName, `operator`, value, values, highValue }

    /// Decodes a filter; values may arrive as strings, numbers or booleans.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        propertyName = try c.decode(String.self, forKey: .propertyName)
        self.operator = try c.decode(FilterOperator.self, forKey: .operator)
        value = try c.decodeIfPresent(LenientString.self, forKey: .value)?.value
        values = try c.decodeIfPresent([LenientString].self, forKey: .values)?.map(\.value)
        highValue = try c.decodeIfPresent(LenientString.self, forKey: .highValue)?.value
    }

    /// Encodes only the fields that are set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(propertyName, forKey: .propertyName)
        try c.encode(self.operator, forKey: .operator)
        try c.encodeIfPresent(value, forKey: .value)
        try c.encodeIfPresent(values, forKey: .values)
        try c.encodeIfPresent(highValue, forKey: .highValue)
    }
}

/// The comparison operators of CRM search.
public enum FilterOperator: String, Codable, Hashable, Sendable, CaseIterable {
    case eq = "EQ"
    case neq = "NEQ"
    case lt = "LT"
    case lte = "LTE"
    case gt = "GT"
    case gte = "GTE"
    case between = "BETWEEN"
    case `in` = "IN"
    case notIn = "NOT_IN"
    case hasProperty = "HAS_PROPERTY"
    case notHasProperty = "NOT_HAS_PROPERTY"
    case containsToken = "CONTAINS_TOKEN"
    case notContainsToken = "NOT_CONTAINS_TOKEN"
}

/// A sort: `{propertyName, direction}`, or the string forms `"createdate"` / `"-createdate"`.
public struct SearchSort: Codable, Hashable, Sendable {
    /// Which way.
    public enum Direction: String, Codable, Hashable, Sendable {
        case ascending = "ASCENDING"
        case descending = "DESCENDING"
    }

    /// The property sorted by.
    public var propertyName: String
    /// The direction.
    public var direction: Direction

    /// Creates a sort.
    public init(_ propertyName: String, _ direction: Direction = .ascending) {
        self.propertyName = propertyName
        self.direction = direction
    }

    private enum CodingKeys: String, CodingKey { case propertyName, direction }

    /// Accepts both the object form and the string form (a leading `-` means descending).
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            let descending = text.hasPrefix("-")
            self.init(descending ? String(text.dropFirst()) : text, descending ? .descending : .ascending)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try c.decode(String.self, forKey: .propertyName),
            try c.decodeIfPresent(Direction.self, forKey: .direction) ?? .ascending)
    }
}

/// A JSON value read as a string whether it was sent as a string, a number or a boolean.
struct LenientString: Decodable {
    let value: String

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let text = try? c.decode(String.self) {
            value = text
        } else if let integer = try? c.decode(Int64.self) {
            value = String(integer)
        } else if let number = try? c.decode(Double.self) {
            value = String(number)
        } else {
            value = String(try c.decode(Bool.self))
        }
    }
}
