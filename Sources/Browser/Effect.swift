/// Work the update function asks for; the effect runner performs it off the UI thread and
/// answers with an `Action`.
public enum Effect: Sendable, Hashable {
    /// Fetch page `page` of `typeID` with cursor `after`, asking for `properties`.
    case fetchPage(typeID: String, page: Int, after: String?, properties: [String])
    /// Fetch the property definitions of `typeID`.
    case fetchDefinitions(typeID: String)
    /// Fetch the portal's custom object types (schemas).
    case fetchCustomTypes
    /// Fetch one record with `properties`.
    case fetchRecord(typeID: String, id: String, properties: [String])
    /// Search the local cache's full-text index for `text` among records of `typeID`.
    case searchLocal(typeID: String, text: String)
    /// Settle an outbox conflict (`keepLocal`: send ours over the server's; else drop ours), then replay.
    case resolveOutboxConflict(seq: Int64, keepLocal: Bool)
    /// Hand a change to the write gateway; `token` comes back with the outcome.
    case write(token: Int, WriteRequest)
}
