import Foundation
import HubSpot

// MARK: - Batch endpoints (objects v3)
//
// Each input is applied on its own, in order, under one lock: the ones that pass are kept, the
// ones that fail become `StandardError`s naming the input (HubSpot's 207 multi-status answer).
extension Portal {
    /// The most inputs a batch accepts.
    static let batchLimit = 100
    /// The most inputs a batch read accepts when it asks for property histories.
    static let batchHistoryLimit = 50

    /// What a batch did: the results, the per-input errors, and when it ran.
    struct BatchOutcome<Result: Sendable>: Sendable {
        var results: [Result] = []
        var errors: [SandboxAPIError] = []
        var errorContexts: [[String: [String]]] = []
        let startedAt: Date
        var completedAt: Date

        /// The error bodies in `StandardError` form, each with the failing input named in its context.
        var standardErrors: [StandardError] {
            zip(errors, errorContexts).map { error, context in
                StandardError(
                    status: String(error.status), category: error.body.category ?? "VALIDATION_ERROR",
                    message: error.body.message ?? "", errors: error.body.errors ?? [],
                    context: (error.body.context ?? [:]).merging(context) { _, input in input })
            }
        }
    }

    /// Checks the input count against HubSpot's limits.
    static func checkBatchSize(_ count: Int, withHistory: Bool) throws(SandboxAPIError) {
        let limit = withHistory ? batchHistoryLimit : batchLimit
        guard count <= limit else { throw .tooManyInputs(count, limit: limit, withHistory: withHistory) }
    }

    /// `batch/read`: records by id (or `idProperty`), missing ones reported as 404 errors.
    func batchRead(_ type: String, body: WriteBody.Batch, archived: Bool) throws(SandboxAPIError) -> BatchOutcome<
        CRMRecord
    > {
        let objectType = try objectType(type)
        let inputs = body.inputs ?? []
        let history = body.propertiesWithHistory ?? []
        try Self.checkBatchSize(inputs.count, withHistory: !history.isEmpty)
        let names =
            (body.properties ?? []).isEmpty
            ? PropertyCatalog.defaultPropertyNames(typeID: objectType.id) : body.properties ?? []
        let now = clock()
        return state.withLock { state in
            var outcome = BatchOutcome<CRMRecord>(startedAt: now, completedAt: now)
            for input in inputs {
                let id = input.id?.value ?? ""
                guard let record = state.findRecord(typeID: objectType.id, id: id, idProperty: body.idProperty),
                    record.archived == archived
                else {
                    outcome.errors.append(.recordNotFound(type: objectType.name, id: id))
                    outcome.errorContexts.append(["ids": [id]])
                    continue
                }
                var result = record.apiRecord(propertyNames: names)
                if !history.isEmpty { result.propertiesWithHistory = record.apiHistory(history) }
                outcome.results.append(result)
            }
            outcome.completedAt = clock()
            return outcome
        }
    }

    /// `batch/create`, `batch/update` and `batch/upsert`: one write per input.
    func batchWrite<Result: Sendable>(
        _ type: String, body: WriteBody.Batch,
        _ write: (inout PortalState, _ typeID: String, WriteBody.Input, Date) throws(SandboxAPIError) -> Result
    ) throws(SandboxAPIError) -> BatchOutcome<Result> {
        let typeID = try objectType(type).id
        let inputs = body.inputs ?? []
        try Self.checkBatchSize(inputs.count, withHistory: false)
        let now = clock()
        return state.withLock { state in
            var outcome = BatchOutcome<Result>(startedAt: now, completedAt: now)
            for (index, input) in inputs.enumerated() {
                do throws(SandboxAPIError) {
                    outcome.results.append(try write(&state, typeID, input, now))
                } catch {
                    var context = ["inputIndex": [String(index)]]
                    if let id = input.id?.value { context["id"] = [id] }
                    if let trace = input.objectWriteTraceId { context["objectWriteTraceId"] = [trace] }
                    outcome.errors.append(error)
                    outcome.errorContexts.append(context)
                }
            }
            outcome.completedAt = clock()
            return outcome
        }
    }

    /// `batch/archive`: archives what exists; HubSpot answers 204 whatever state the records were in.
    func batchArchive(_ type: String, body: WriteBody.Batch) throws(SandboxAPIError) {
        let typeID = try objectType(type).id
        let inputs = body.inputs ?? []
        try Self.checkBatchSize(inputs.count, withHistory: false)
        let now = clock()
        state.withLock { state in
            for input in inputs { _ = state.archiveRecord(typeID: typeID, id: input.id?.value ?? "", at: now) }
        }
    }
}
