/// Names one record across types: its type id (`0-1`) and record id.
public struct RecordKey: Hashable, Sendable {
    /// The object type id, e.g. `0-1`.
    public let typeID: String
    /// The record id.
    public let id: String

    /// Creates a key.
    public init(typeID: String, id: String) {
        self.typeID = typeID
        self.id = id
    }
}
