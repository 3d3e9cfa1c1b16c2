/// One association made with a pair's default type (`PublicDefaultAssociation`).
public struct DefaultAssociation: Codable, Hashable, Sendable {
    /// The source record.
    public var from: ObjectReference
    /// The target record.
    public var to: ObjectReference
    /// The type used, HubSpot-defined.
    public var associationSpec: AssociationSpec

    /// Creates a result.
    public init(from: ObjectReference, to: ObjectReference, associationSpec: AssociationSpec) {
        self.from = from
        self.to = to
        self.associationSpec = associationSpec
    }
}
