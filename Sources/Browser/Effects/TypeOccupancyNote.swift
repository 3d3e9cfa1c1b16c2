/// What the cache remembers of one object type for the sidebar: whether it held records when last read (the
/// cache keeps when that was). See decision 0043.
public struct TypeOccupancyNote: Codable, Sendable {
    /// The cache's document kind for these notes, keyed by type id.
    public static let documentKind = "type-occupancy"

    /// Whether the type held at least one record.
    public var hasRecords: Bool

    /// A note that the type holds records, or none.
    public init(hasRecords: Bool) {
        self.hasRecords = hasRecords
    }
}
