/// One source record's associations in a v4 batch read (`PublicAssociationMultiWithLabel`).
public struct AssociationBatchReadResult: Codable, Hashable, Sendable {
    /// The source record.
    public var from: ObjectReference
    /// Its associated records, one page of them.
    public var to: [AssociatedObject]
    /// The cursor to the next page of this record's associations.
    public var paging: Paging?

    /// Creates a result.
    public init(from: ObjectReference, to: [AssociatedObject], paging: Paging? = nil) {
        self.from = from
        self.to = to
        self.paging = paging
    }
}
