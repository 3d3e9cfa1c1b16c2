/// A group properties are filed under (`PropertyGroup`).
public struct PropertyGroup: Codable, Hashable, Sendable, Identifiable {
    /// The internal name, e.g. `contactinformation`.
    public var name: String
    /// The label a person reads.
    public var label: String
    /// Sort position (-1 for HubSpot's own groups).
    public var displayOrder: Int
    /// Whether the group is archived.
    public var archived: Bool

    /// Creates a group.
    public init(name: String, label: String, displayOrder: Int = -1, archived: Bool = false) {
        self.name = name
        self.label = label
        self.displayOrder = displayOrder
        self.archived = archived
    }

    /// The group's id is its name.
    public var id: String { name }
}
