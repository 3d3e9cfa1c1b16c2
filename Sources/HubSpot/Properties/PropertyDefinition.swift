import Foundation

/// A property's definition (`Property` in the properties API): its name, type, and editing rules.
public struct PropertyDefinition: Codable, Hashable, Sendable, Identifiable {
    /// An option of an enumeration property.
    public struct Option: Codable, Hashable, Sendable {
        /// What a person reads.
        public var label: String
        /// What is stored and sent.
        public var value: String
        /// Whether the option is hidden from pickers.
        public var hidden: Bool
        /// Sort position among the options.
        public var displayOrder: Int?
        /// A longer explanation, if any.
        public var description: String?

        /// Creates an option.
        public init(
            label: String, value: String, hidden: Bool = false, displayOrder: Int? = nil,
            description: String? = nil
        ) {
            self.label = label
            self.value = value
            self.hidden = hidden
            self.displayOrder = displayOrder
            self.description = description
        }
    }

    /// Who may change the definition and the value.
    public struct ModificationMetadata: Codable, Hashable, Sendable {
        /// Whether the property may be archived.
        public var archivable: Bool
        /// Whether the definition is read-only.
        public var readOnlyDefinition: Bool
        /// Whether values are read-only (set only by HubSpot).
        public var readOnlyValue: Bool
        /// Whether the options are read-only.
        public var readOnlyOptions: Bool?

        /// Creates modification metadata.
        public init(archivable: Bool, readOnlyDefinition: Bool, readOnlyValue: Bool, readOnlyOptions: Bool? = nil) {
            self.archivable = archivable
            self.readOnlyDefinition = readOnlyDefinition
            self.readOnlyValue = readOnlyValue
            self.readOnlyOptions = readOnlyOptions
        }
    }

    /// The internal name, e.g. `firstname`.
    public var name: String
    /// The label a person reads, e.g. "First Name".
    public var label: String
    /// The data type: `string`, `number`, `date`, `datetime`, `enumeration`, `bool`, `phone_number`.
    public var type: String
    /// How it is edited: `text`, `textarea`, `select`, `checkbox`, `date`, `number`, …
    public var fieldType: String
    /// The property group's name.
    public var groupName: String
    /// A description of the property.
    public var description: String
    /// The options of an enumeration.
    public var options: [Option]
    /// Sort position within its group.
    public var displayOrder: Int?
    /// Whether values must be unique across records of the type.
    public var hasUniqueValue: Bool?
    /// Whether it is hidden in HubSpot's UI.
    public var hidden: Bool?
    /// Whether it can be used in forms.
    public var formField: Bool?
    /// Whether HubSpot calculates it.
    public var calculated: Bool?
    /// Whether it is external options-backed.
    public var externalOptions: Bool?
    /// Whether HubSpot defines it (not a custom property).
    public var hubspotDefined: Bool?
    /// Who may change it.
    public var modificationMetadata: ModificationMetadata?
    /// The type its value refers to, e.g. `OWNER` for `hubspot_owner_id`.
    public var referencedObjectType: String?
    /// When the definition was created.
    public var createdAt: Date?
    /// When the definition last changed.
    public var updatedAt: Date?
    /// Whether the definition is archived.
    public var archived: Bool?

    /// Creates a property definition.
    public init(
        name: String, label: String, type: String, fieldType: String, groupName: String,
        description: String = "", options: [Option] = [], displayOrder: Int? = nil,
        hasUniqueValue: Bool? = nil, hidden: Bool? = nil, formField: Bool? = nil, calculated: Bool? = nil,
        externalOptions: Bool? = nil, hubspotDefined: Bool? = nil,
        modificationMetadata: ModificationMetadata? = nil, referencedObjectType: String? = nil,
        createdAt: Date? = nil, updatedAt: Date? = nil, archived: Bool? = nil
    ) {
        self.name = name
        self.label = label
        self.type = type
        self.fieldType = fieldType
        self.groupName = groupName
        self.description = description
        self.options = options
        self.displayOrder = displayOrder
        self.hasUniqueValue = hasUniqueValue
        self.hidden = hidden
        self.formField = formField
        self.calculated = calculated
        self.externalOptions = externalOptions
        self.hubspotDefined = hubspotDefined
        self.modificationMetadata = modificationMetadata
        self.referencedObjectType = referencedObjectType
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.archived = archived
    }

    /// The property's id is its name.
    public var id: String { name }

    /// Whether a person may not set the value (read-only or calculated).
    public var isReadOnly: Bool {
        modificationMetadata?.readOnlyValue == true || calculated == true
    }

    /// The label of a stored value: the option's label for an enumeration, else the value itself.
    /// Multi-select values (`a;b`) map each part.
    public func displayValue(_ value: String) -> String {
        guard type == "enumeration", !options.isEmpty else { return value }
        let labels = Dictionary(options.map { ($0.value, $0.label) }, uniquingKeysWith: { first, _ in first })
        return value.split(separator: ";", omittingEmptySubsequences: false)
            .map { labels[String($0)] ?? String($0) }
            .joined(separator: "; ")
    }

    private enum CodingKeys: String, CodingKey {
        case name, label, type, fieldType, groupName, description, options, displayOrder, hasUniqueValue, hidden,
            formField, calculated, externalOptions, hubspotDefined, modificationMetadata, referencedObjectType,
            createdAt, updatedAt, archived
    }

    /// Decodes leniently: HubSpot documents `description` and `options` as required but real
    /// portals omit them on some properties.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        label = try c.decodeIfPresent(String.self, forKey: .label) ?? name
        type = try c.decode(String.self, forKey: .type)
        fieldType = try c.decodeIfPresent(String.self, forKey: .fieldType) ?? "text"
        groupName = try c.decodeIfPresent(String.self, forKey: .groupName) ?? ""
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        options = try c.decodeIfPresent([Option].self, forKey: .options) ?? []
        displayOrder = try c.decodeIfPresent(Int.self, forKey: .displayOrder)
        hasUniqueValue = try c.decodeIfPresent(Bool.self, forKey: .hasUniqueValue)
        hidden = try c.decodeIfPresent(Bool.self, forKey: .hidden)
        formField = try c.decodeIfPresent(Bool.self, forKey: .formField)
        calculated = try c.decodeIfPresent(Bool.self, forKey: .calculated)
        externalOptions = try c.decodeIfPresent(Bool.self, forKey: .externalOptions)
        hubspotDefined = try c.decodeIfPresent(Bool.self, forKey: .hubspotDefined)
        modificationMetadata = try c.decodeIfPresent(ModificationMetadata.self, forKey: .modificationMetadata)
        referencedObjectType = try c.decodeIfPresent(String.self, forKey: .referencedObjectType)
        createdAt = try c.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt)
        archived = try c.decodeIfPresent(Bool.self, forKey: .archived)
    }
}
