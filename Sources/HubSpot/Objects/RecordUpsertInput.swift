/// One record to create or update by a unique property (`SimplePublicObjectBatchInputUpsert`).
public struct RecordUpsertInput: Codable, Hashable, Sendable {
    /// The unique property's value, e.g. an email address.
    public var id: String
    /// The unique property: `email` for contacts, or any property with `hasUniqueValue`.
    public var idProperty: String
    /// Values to set.
    public var properties: [String: String]
    /// A caller's name for this input that HubSpot repeats on its result (or its error's context); the client
    /// fills it in when left nil.
    public var objectWriteTraceId: String?

    /// Creates an upsert input.
    public init(id: String, idProperty: String, properties: [String: String], objectWriteTraceId: String? = nil) {
        self.id = id
        self.idProperty = idProperty
        self.properties = properties
        self.objectWriteTraceId = objectWriteTraceId
    }
}
