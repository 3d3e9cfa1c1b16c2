/// One record to create or update by a unique property (`SimplePublicObjectBatchInputUpsert`).
public struct RecordUpsertInput: Codable, Hashable, Sendable {
    /// The unique property's value, e.g. an email address.
    public var id: String
    /// The unique property: `email` for contacts, or any property with `hasUniqueValue`.
    public var idProperty: String
    /// Values to set.
    public var properties: [String: String]

    /// Creates an upsert input.
    public init(id: String, idProperty: String, properties: [String: String]) {
        self.id = id
        self.idProperty = idProperty
        self.properties = properties
    }
}
