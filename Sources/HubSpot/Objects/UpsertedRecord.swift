/// One result of a batch upsert (`SimplePublicUpsertObject`): the record and whether it was created.
public struct UpsertedRecord: Codable, Hashable, Sendable {
    /// The record after the upsert.
    public var record: CRMRecord
    /// `true` if the upsert created it, `false` if it updated an existing one.
    public var isNew: Bool

    /// Creates an upsert result.
    public init(record: CRMRecord, isNew: Bool) {
        self.record = record
        self.isNew = isNew
    }

    private enum CodingKeys: String, CodingKey { case new }

    // The wire form is a flat record with one extra `new` field, so both parts share one JSON object.

    /// Decodes the record's fields and `new` from the same object.
    public init(from decoder: any Decoder) throws {
        record = try CRMRecord(from: decoder)
        isNew = try decoder.container(keyedBy: CodingKeys.self).decode(Bool.self, forKey: .new)
    }

    /// Encodes the record's fields and `new` into the same object.
    public func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isNew, forKey: .new)
    }
}
