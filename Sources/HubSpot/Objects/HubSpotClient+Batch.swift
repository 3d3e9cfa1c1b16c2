import Foundation

// MARK: - Batch endpoints (objects API v3)
//
// A 207 answer is a success at the HTTP level: the body lists what worked and what did not, so
// these calls return it as a `BatchResult` instead of throwing. When every input fails HubSpot
// answers with the first error's status, which throws `HubSpotError.api` as any call does.
extension HubSpotClient {
    /// The most inputs one batch call accepts.
    public static let batchInputLimit = 100
    /// The most inputs a batch read accepts when it asks for property histories.
    public static let batchHistoryInputLimit = 50

    /// Reads records by id (or by `idProperty` values), with optional property histories.
    public func batchRead(
        _ type: String, ids: [String], properties: [String] = [], propertiesWithHistory: [String] = [],
        idProperty: String? = nil, archived: Bool = false
    ) async throws -> BatchResult<CRMRecord> {
        let body = BatchReadBody(
            inputs: ids.map { .init(id: $0) }, properties: properties,
            propertiesWithHistory: propertiesWithHistory, idProperty: idProperty)
        return try await batch(type, "read", query: archived ? [("archived", "true")] : [], body: body)
    }

    /// Creates records (201, or 207 when some inputs fail). Inputs without a trace id get one (`spoke-<index>`),
    /// so ``BatchResult/outcomes`` can match results to them.
    public func batchCreate(_ type: String, _ inputs: [RecordCreateInput]) async throws -> BatchResult<CRMRecord> {
        let traced = Self.traced(inputs, \.objectWriteTraceId)
        return try await batch(
            type, "create", body: InputsBody(inputs: traced), traceIds: traced.compactMap(\.objectWriteTraceId))
    }

    /// Changes records by id (or `idProperty`); inputs are traced as in ``batchCreate(_:_:)``.
    public func batchUpdate(_ type: String, _ inputs: [RecordUpdateInput]) async throws -> BatchResult<CRMRecord> {
        let traced = Self.traced(inputs, \.objectWriteTraceId)
        return try await batch(
            type, "update", body: InputsBody(inputs: traced), traceIds: traced.compactMap(\.objectWriteTraceId),
            recordIds: traced.map { $0.idProperty == nil ? $0.id : nil })
    }

    /// Creates or updates records by a unique property; each result says whether it was new. Inputs are traced
    /// as in ``batchCreate(_:_:)``.
    public func batchUpsert(_ type: String, _ inputs: [RecordUpsertInput]) async throws -> BatchResult<UpsertedRecord> {
        let traced = Self.traced(inputs, \.objectWriteTraceId)
        return try await batch(
            type, "upsert", body: InputsBody(inputs: traced), traceIds: traced.compactMap(\.objectWriteTraceId))
    }

    /// `inputs`, each without a trace id given `spoke-<index>`.
    private static func traced<Input>(_ inputs: [Input], _ trace: WritableKeyPath<Input, String?>) -> [Input] {
        inputs.enumerated().map { index, input in
            var traced = input
            if traced[keyPath: trace] == nil { traced[keyPath: trace] = "spoke-\(index)" }
            return traced
        }
    }

    /// Moves records to the recycle bin (204, whatever state they were in).
    public func batchArchive(_ type: String, ids: [String]) async throws {
        try await performWithoutBody(
            .post, endpoints.objectsBatch(type, "archive"),
            body: InputsBody(inputs: ids.map { BatchReadBody.Input(id: $0) }))
    }

    private func batch<Result: Codable & Hashable & Sendable, Body: Encodable>(
        _ type: String, _ action: String, query: [(String, String)] = [], body: Body, traceIds: [String] = [],
        recordIds: [String?] = []
    ) async throws -> BatchResult<Result> {
        let data: Data
        do {
            data = try HubSpotJSON.encoder().encode(body)
        } catch {
            throw HubSpotError.malformedResponse(status: 0, detail: "cannot encode the request body: \(error)")
        }
        let response = try await send(
            makeRequest(.post, endpoints.objectsBatch(type, action), query: query, body: data))
        do {
            let decoded = try HubSpotJSON.decode(BatchResponse<Result>.self, from: response.body)
            return BatchResult(
                httpStatus: response.status, response: decoded, inputTraceIds: traceIds, inputRecordIds: recordIds)
        } catch {
            throw HubSpotError.malformedResponse(status: response.status, detail: Self.describe(error))
        }
    }
}

/// `{"inputs": […]}`, the shape of every batch body but read's.
private struct InputsBody<Input: Encodable>: Encodable {
    let inputs: [Input]
}

/// The batch read body; the spec requires `properties` and `propertiesWithHistory`, so both are always sent.
private struct BatchReadBody: Encodable {
    struct Input: Encodable {
        let id: String
    }

    let inputs: [Input]
    let properties: [String]
    let propertiesWithHistory: [String]
    let idProperty: String?
}
