import HubSpot
import Synchronization

/// The first list page, asked for while start-up still waits on something else (which portal a token never
/// seen before opens), so that a cold start shows rows after one round trip instead of two. The list's first
/// fetch of that very page takes the answer instead of asking again (issue 17, decision 0039).
public final class FirstPageAhead: Sendable {
    /// The type whose list it is.
    public let typeID: String
    /// The properties it asked for; a list that wants others fetches its own.
    public let properties: Set<String>
    private let answer: Task<RecordPage, any Error>
    private let taken = Mutex(false)

    /// Starts fetching the first page of `type`'s list, with the properties a list of it shows by default.
    public init(client: HubSpotClient, type: ObjectType) {
        typeID = type.id
        properties = Set(type.listProperties)
        let query = ListQuery(limit: BrowserState.pageSize, properties: type.listProperties)
        let typeID = type.id
        answer = Task.detached { try await client.listRecords(typeID, query) }
    }

    /// The answer, for the first fetch of this page with these properties; `nil` for any other fetch, or a
    /// second one (a refresh must go to the server).
    func take(typeID: String, page: Int, after: String?, properties: [String]) -> Task<RecordPage, any Error>? {
        guard page == 0, after == nil, typeID == self.typeID, Set(properties) == self.properties else { return nil }
        let first = taken.withLock { taken in
            defer { taken = true }
            return !taken
        }
        return first ? answer : nil
    }
}
