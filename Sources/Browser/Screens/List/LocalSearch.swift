import HubSpot

/// A search that replaced a type's list until Esc: the server's (HubSpot search, paged like a list) or,
/// offline, the local cache's full-text index.
public struct LocalSearch: Sendable {
    /// What was typed.
    public var text: String
    /// The list it replaced, brought back by Esc.
    public var savedList: RecordList
    /// The server search it runs, or nil for a search of the cache.
    public var server: SearchRequest?

    /// Creates a search in place of `savedList`.
    public init(text: String, savedList: RecordList, server: SearchRequest? = nil) {
        self.text = text
        self.savedList = savedList
        self.server = server
    }
}
