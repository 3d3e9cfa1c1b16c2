/// HubSpot-defined default association type ids between the standard objects (the type-id table in
/// hubspot-api-notes.md), for associating a record at creation without asking the server first.
public enum DefaultAssociationTypes {
    /// `(from, to)` object type ids to the default type id in that direction.
    private static let table: [String: Int] = {
        let pairs: [(String, String, Int, Int)] = [
            ("0-1", "0-2", 279, 280), ("0-3", "0-1", 3, 4), ("0-3", "0-2", 341, 342),
            ("0-5", "0-1", 16, 15), ("0-5", "0-2", 339, 340), ("0-3", "0-5", 27, 28), ("0-3", "0-8", 19, 20),
        ]
        var table: [String: Int] = [:]
        for (from, to, forward, reverse) in pairs {
            table["\(from)>\(to)"] = forward
            table["\(to)>\(from)"] = reverse
        }
        return table
    }()

    /// The default association from a record of `fromTypeID` to one of `toTypeID`, if HubSpot defines one.
    public static func spec(from fromTypeID: String, to toTypeID: String) -> AssociationSpec? {
        table["\(fromTypeID)>\(toTypeID)"].map { AssociationSpec(.hubspotDefined, $0) }
    }
}
