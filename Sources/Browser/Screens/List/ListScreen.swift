import HubSpot

/// The list screen's state: each type's loaded list, the `/` filter, a search shown in place of the list,
/// and the bulk change under way.
public struct ListScreen: Sendable {
    /// Loaded lists by type id; a list stays when another type is selected.
    public internal(set) var lists: [String: RecordList] = [:]
    /// The `/` prompt while it is being typed or its filter applies.
    public internal(set) var filter: ListFilter?
    /// The cache search shown in place of the selected type's list, if one is.
    public internal(set) var localSearch: LocalSearch?
    /// Per type id, how many columns after the first (the name, which stays) are scrolled out on the left.
    public internal(set) var columnShift: [String: Int] = [:]

    /// Creates an empty listScreen.
    public init() {}
}
