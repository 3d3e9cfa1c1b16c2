import HubSpot

/// How a type's list is sorted: one property, ascending or descending, through HubSpot's search sorts.
public struct ListSort: Sendable, Hashable, Codable {
    /// The property sorted by.
    public var property: String
    /// Whether the largest (latest, last in the alphabet) come first.
    public var descending: Bool

    /// Creates a sort by `property`.
    public init(property: String, descending: Bool = false) {
        self.property = property
        self.descending = descending
    }

    /// The arrow the list's header shows beside the sorted column.
    public var arrow: String { descending ? "▼" : "▲" }

    /// The sort as HubSpot's search takes it.
    public var searchSort: SearchSort { SearchSort(property, descending ? .descending : .ascending) }
}
