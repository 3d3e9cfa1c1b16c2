import Foundation
import HubSpot
import Hummingbird

// Objects API: batch read, create, update, upsert, archive, under each generation's prefix.
extension SandboxRoutes {
    func addBatchRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        let batch = "\(generation.objectsPath)/:objectType/batch"
        router.post(RouterPath("\(batch)/read")) { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            var outcome = try portal.batchRead(
                Self.pathParameter("objectType", in: context), body: body,
                archived: try request.queryFlag("archived"))
            outcome.results = outcome.results.map { generation.shaped($0) }
            return try Self.batchResponse(outcome, success: .ok, as: generation)
        }
        router.post(RouterPath("\(batch)/create")) { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            let outcome = try portal.batchWrite(Self.pathParameter("objectType", in: context), body: body) {
                state, typeID, input, now throws(SandboxAPIError) in
                var record = try state.createRecord(
                    typeID: typeID, values: input.values, associations: input.associations ?? [],
                    at: now
                ).apiRecord(propertyNames: nil)
                record.objectWriteTraceId = input.objectWriteTraceId
                return generation.shaped(record)
            }
            return try Self.batchResponse(outcome, success: .created, as: generation)
        }
        router.post(RouterPath("\(batch)/update")) { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            let outcome = try portal.batchWrite(Self.pathParameter("objectType", in: context), body: body) {
                state, typeID, input, now throws(SandboxAPIError) in
                var record = try state.updateRecord(
                    typeID: typeID, id: input.id?.value ?? "",
                    idProperty: input.idProperty ?? body.idProperty, values: input.values, at: now
                )
                .apiRecord(propertyNames: nil)
                record.objectWriteTraceId = input.objectWriteTraceId
                return generation.shaped(record)
            }
            return try Self.batchResponse(outcome, success: .ok, as: generation)
        }
        router.post(RouterPath("\(batch)/upsert")) { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            let outcome = try portal.batchWrite(Self.pathParameter("objectType", in: context), body: body) {
                state, typeID, input, now throws(SandboxAPIError) in
                // Without an idProperty the id is a record id, as everywhere in the objects API (decision 0010).
                let idProperty = input.idProperty ?? body.idProperty ?? "hs_object_id"
                let (stored, isNew) = try state.upsertRecord(
                    typeID: typeID, id: input.id?.value ?? "", idProperty: idProperty, values: input.values, at: now)
                var record = stored.apiRecord(propertyNames: nil)
                record.objectWriteTraceId = input.objectWriteTraceId
                return generation.shaped(UpsertedRecord(record: record, isNew: isNew))
            }
            return try Self.batchResponse(outcome, success: .ok, as: generation)
        }
        router.post(RouterPath("\(batch)/archive")) { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            try portal.batchArchive(Self.pathParameter("objectType", in: context), body: body)
            return Response(status: .noContent)
        }
    }

    /// `success` when every input worked; when some failed, the generation's status (207, or `success` in
    /// 2026-09) with `numErrors`/`errors`; and the first error itself (its status and body) when all of them failed.
    static func batchResponse<Result: Codable & Hashable & Sendable>(
        _ outcome: Portal.BatchOutcome<Result>, success: HTTPResponse.Status, as generation: APIGeneration
    ) throws(SandboxAPIError) -> Response {
        if outcome.results.isEmpty, let first = outcome.errors.first { throw first }
        let errors = outcome.standardErrors
        let body = BatchResponse(
            results: outcome.results, startedAt: outcome.startedAt,
            completedAt: outcome.completedAt,
            numErrors: errors.isEmpty ? nil : errors.count, errors: errors.isEmpty ? nil : errors)
        return SandboxResponse.json(body, status: generation.batchStatus(success: success, someFailed: !errors.isEmpty))
    }
}
