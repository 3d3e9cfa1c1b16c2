import Foundation

// MARK: - Writing records (objects API v3)
//
// Creates are POSTs, which `HTTPMethod.isIdempotent` reports as unsafe to resend, so a retrying
// `send` must not repeat them: a lost answer to a create may still have created the record.
extension HubSpotClient {
    /// Creates a record of `type` and returns it as HubSpot stored it (201).
    public func createRecord(
        _ type: String, properties: [String: String], associations: [AssociationInput] = []
    ) async throws -> CRMRecord {
        try await perform(
            .post, endpoints.objects(type),
            body: RecordCreateInput(properties: properties, associations: associations))
    }

    /// Changes properties of one record (`""` clears a value) and returns the record after the change.
    /// - Parameter idProperty: a unique property `id` is a value of (e.g. `email`), instead of the record id.
    public func updateRecord(
        _ type: String, id: String, properties: [String: String], idProperty: String? = nil
    ) async throws -> CRMRecord {
        try await perform(
            .patch, endpoints.object(type, id),
            query: idProperty.map { [("idProperty", $0)] } ?? [],
            body: PropertiesBody(properties: properties))
    }

    /// Moves a record to the recycle bin (204); reads then need `archived: true` to see it.
    public func archiveRecord(_ type: String, id: String) async throws {
        try await performWithoutBody(makeRequest(.delete, endpoints.object(type, id)))
    }
}

/// The PATCH body, `{"properties": {…}}`.
private struct PropertiesBody: Encodable {
    let properties: [String: String]
}
