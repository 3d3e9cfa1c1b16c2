/// One HubSpot CRM object type: how it is addressed, what it is, and what Spoke shows of it.
public struct ObjectType: Hashable, Sendable, Identifiable {
    /// Where the type sits in the sidebar: the core CRM first, then activities, then the rest.
    public enum Group: Int, Sendable, Comparable, CaseIterable {
        case core, activity, commerce, other, custom

        public static func < (lhs: Group, rhs: Group) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The object type id, e.g. `0-1` for contacts or `2-123456` for a custom object.
    public let id: String
    /// The name the API accepts in paths, e.g. `contacts` or `line_items`.
    public let name: String
    /// The singular label, e.g. "Contact".
    public let singularLabel: String
    /// The plural label, e.g. "Contacts".
    public let pluralLabel: String
    /// HubSpot's one-sentence description of the type (seed 000).
    public let summary: String
    /// The properties HubSpot requires when a record of this type is created (seed 001).
    public let requiredOnCreate: RequiredProperties
    /// The properties joined (with spaces) to name a record, e.g. `firstname lastname`.
    public let titleProperties: [String]
    /// Used when every title property is empty, e.g. `email` for a contact with no name.
    public let fallbackTitleProperties: [String]
    /// The columns a list of this type shows by default.
    public let defaultColumns: [ObjectColumn]
    /// The sidebar group.
    public let group: Group

    /// Creates an object type description.
    public init(
        id: String, name: String, singularLabel: String, pluralLabel: String, summary: String,
        requiredOnCreate: RequiredProperties, titleProperties: [String],
        fallbackTitleProperties: [String] = [], defaultColumns: [ObjectColumn], group: Group
    ) {
        self.id = id
        self.name = name
        self.singularLabel = singularLabel
        self.pluralLabel = pluralLabel
        self.summary = summary
        self.requiredOnCreate = requiredOnCreate
        self.titleProperties = titleProperties
        self.fallbackTitleProperties = fallbackTitleProperties
        self.defaultColumns = defaultColumns
        self.group = group
    }

    /// Whether records of this type are activities (engagements) that can be pinned on a record.
    public var isActivity: Bool { group == .activity }

    /// Whether records of this type can carry a pinned activity (`hs_pinned_engagement_id`).
    public var canPinActivity: Bool {
        [.core, .custom].contains(group) || ["0-421", "0-410", "0-420", "0-162"].contains(id)
    }

    /// Whether this is a custom object type (`2-…`).
    public var isCustom: Bool { id.hasPrefix("2-") }

    /// Every property the list view asks the server for: the title and the default columns.
    public var listProperties: [String] {
        var seen = Set<String>()
        return (titleProperties + fallbackTitleProperties + defaultColumns.flatMap(\.properties))
            .filter { seen.insert($0).inserted }
    }

    /// The name a person reads for a record: the title properties, else the fallback, else `#id`.
    public func displayName(of record: CRMRecord) -> String {
        for candidates in [titleProperties, fallbackTitleProperties] {
            // A note's or an email's title is its HTML body: the name is its text, never its markup.
            let parts = candidates.compactMap { record.properties[$0] ?? nil }.map(Self.text).filter { !$0.isEmpty }
            if !parts.isEmpty { return parts.joined(separator: " ") }
        }
        return "#\(record.id)"
    }

    /// `value` as text: HTML (a tag, or an entity) through ``HTMLText/plain(_:)``, anything else as it is.
    private static func text(_ value: String) -> String {
        guard value.contains(where: { $0 == "<" || $0 == "&" }) else { return value }
        let looksLikeHTML =
            value.contains(/<\/?[A-Za-z][^>]*>/) || value.contains(/&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);/)
        return looksLikeHTML ? HTMLText.plain(value) : value
    }
}

/// A column in a record list: a header and the properties whose values it joins.
public struct ObjectColumn: Hashable, Sendable {
    /// The header text.
    public let header: String
    /// The properties shown, joined with a space (e.g. first and last name).
    public let properties: [String]
    /// The narrowest useful width, in columns.
    public let minWidth: Int
    /// The share of spare width this column takes.
    public let weight: Int

    /// Creates a column.
    public init(_ header: String, _ properties: [String], minWidth: Int = 10, weight: Int = 1) {
        self.header = header
        self.properties = properties
        self.minWidth = minWidth
        self.weight = weight
    }

    /// The column's text for one record.
    public func value(in record: CRMRecord) -> String {
        properties.compactMap { record.properties[$0] ?? nil }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
