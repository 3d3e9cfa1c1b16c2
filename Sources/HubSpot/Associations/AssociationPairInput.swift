/// One input of the v4 association batch endpoints: a pair of records and, for create, the types.
public struct AssociationPairInput: Codable, Hashable, Sendable {
    /// The source record.
    public var from: ObjectReference
    /// The target record.
    public var to: ObjectReference
    /// The types to create or archive; `nil` for `associate/default`.
    public var types: [AssociationSpec]?

    /// Creates an input.
    public init(fromId: String, toId: String, types: [AssociationSpec]? = nil) {
        from = ObjectReference(id: fromId)
        to = ObjectReference(id: toId)
        self.types = types
    }
}
