/// A search of the local cache's full-text index that replaced a type's list until Esc.
public struct LocalSearch: Sendable {
    /// What was searched for.
    public var text: String
    /// The list it replaced, brought back by Esc.
    public var savedList: RecordList
}
