import Foundation
import HubSpot
import Hummingbird

// Objects API v3: batch read, create, update, upsert, archive.
extension SandboxRoutes {
    func addBatchRoutes(to router: Router<BasicRequestContext>) {
        router.post("/crm/v3/objects/:objectType/batch/read") { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            let outcome = try portal.batchRead(
                Self.pathParameter("objectType", in: context), body: body,
                archived: try request.queryFlag("archived"))
            return try Self.batchResponse(outcome, success: .ok)
        }
        router.post("/crm/v3/objects/:objectType/batch/create") { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            let outcome = try portal.batchWrite(Self.pathParameter("objectType", in: context), body: body) {
                state, typeID, input, now throws(SandboxAPIError) in
                try state.createRecord(
                    typeID: typeID, values: input.values, associations: input.associations ?? [],
                    at: now
                ).apiRecord(propertyNames: nil)
            }
            return try Self.batchResponse(outcome, success: .created)
        }
        router.post("/crm/v3/objects/:objectType/batch/update") { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            let outcome = try portal.batchWrite(Self.pathParameter("objectType", in: context), body: body) {
                state, typeID, input, now throws(SandboxAPIError) in
                try state.updateRecord(
                    typeID: typeID, id: input.id?.value ?? "",
                    idProperty: input.idProperty ?? body.idProperty, values: input.values, at: now
                )
                .apiRecord(propertyNames: nil)
            }
            return try Self.batchResponse(outcome, success: .ok)
        }
        router.post("/crm/v3/objects/:objectType/batch/upsert") { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            let outcome = try portal.batchWrite(Self.pathParameter("objectType", in: context), body: body) {
                state, typeID, input, now throws(SandboxAPIError) in
                let idProperty = input.idProperty ?? body.idProperty ?? (typeID == "0-1" ? "email" : "hs_object_id")
                let (record, isNew) = try state.upsertRecord(
                    typeID: typeID, id: input.id?.value ?? "", idProperty: idProperty, values: input.values, at: now)
                return UpsertedRecord(record: record.apiRecord(propertyNames: nil), isNew: isNew)
            }
            return try Self.batchResponse(outcome, success: .ok)
        }
        router.post("/crm/v3/objects/:objectType/batch/archive") { request, context in
            let body = try await SandboxJSONInput.decode(WriteBody.Batch.self, from: request)
            try portal.batchArchive(Self.pathParameter("objectType", in: context), body: body)
            return Response(status: .noContent)
        }
    }

    /// `success` when every input worked, 207 with `numErrors`/`errors` when some failed,
    /// and the first error itself (its status and body) when all of them failed.
    static func batchResponse<Result: Codable & Hashable & Sendable>(
        _ outcome: Portal.BatchOutcome<Result>, success: HTTPResponse.Status
    ) throws(SandboxAPIError) -> Response {
        if outcome.results.isEmpty, let first = outcome.errors.first { throw first }
        let errors = outcome.standardErrors
        let body = BatchResponse(
            results: outcome.results, startedAt: outcome.startedAt,
            completedAt: outcome.completedAt,
            numErrors: errors.isEmpty ? nil : errors.count, errors: errors.isEmpty ? nil : errors)
        return SandboxResponse.json(body, status: errors.isEmpty ? success : .init(code: 207))
    }
}
