/// One record to change in a batch update (`SimplePublicObjectBatchInput`).
public struct RecordUpdateInput: Codable, Hashable, Sendable {
    /// The record id, or the value of `idProperty`.
    public var id: String
    /// Values to set; `""` clears a property.
    public var properties: [String: String]
    /// A unique property that `id` is a value of, instead of the record id.
    public var idProperty: String?
    /// A caller's name for this input that HubSpot repeats on its result (or its error's context); the client
    /// fills it in when left nil.
    public var objectWriteTraceId: String?

    /// Creates an update input.
    public init(
        id: String, properties: [String: String], idProperty: String? = nil, objectWriteTraceId: String? = nil
    ) {
        self.id = id
        self.properties = properties
        self.idProperty = idProperty
        self.objectWriteTraceId = objectWriteTraceId
    }
}
