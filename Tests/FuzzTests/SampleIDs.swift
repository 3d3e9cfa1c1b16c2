import HubSpot

/// Ids of real records and definitions in the sandbox, for calls that need them.
struct SampleIDs: Sendable {
    /// Three contacts: the calls use each for a different association.
    var contacts: [String] = ["1", "2", "3"]
    var company = "1"
    var pipeline = "default"
    var stage = "appointmentscheduled"
    var owner = "1"
    var propertyGroup = "contactinformation"
    /// The demo portal's custom object (Cars).
    var customObject = "2-3465404"

    /// Ids looked up through `client` (what a stub transport answers does not matter: any ids do there).
    static func lookUp(_ client: HubSpotClient) async throws -> SampleIDs {
        var ids = SampleIDs()
        let contacts = try await client.listRecords("contacts", ListQuery(limit: 3)).results.map(\.id)
        if contacts.count == 3 { ids.contacts = contacts }
        ids.company = try await client.listRecords("companies", ListQuery(limit: 1)).results.first?.id ?? ids.company
        if let pipeline = try await client.pipelines("deals").first {
            ids.pipeline = pipeline.id
            ids.stage = pipeline.stages.first?.id ?? ids.stage
        }
        ids.owner = try await client.owners(limit: 1).results.first?.id ?? ids.owner
        ids.propertyGroup = try await client.propertyGroups("contacts").first?.name ?? ids.propertyGroup
        return ids
    }
}
