import Foundation
import HubSpot
import Hummingbird

// Association batch endpoints (v4 and the dated generations), under each generation's prefix.
extension SandboxRoutes {
    func addAssociationBatchRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        let batch = "\(generation.associationsPath)/:fromObjectType/:toObjectType/batch"
        router.post(RouterPath("\(batch)/read")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Read.self, from: request)
            guard body.inputs.count <= PortalState.associationBatchReadLimit else {
                throw SandboxAPIError.validation(
                    "The maximum number of inputs supported in a batch request is "
                        + "\(PortalState.associationBatchReadLimit), but \(body.inputs.count) were sent",
                    field: "inputs", code: "TOO_MANY_INPUTS")
            }
            let started = portal.clock()
            let (results, errors) = try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                var results: [AssociationBatchReadResult] = []
                var errors: [StandardError] = []
                for input in body.inputs {
                    let page = try state.associationPage(
                        of: RecordKey(typeID: fromTypeID, id: input.id), toTypeID: toTypeID, after: input.after,
                        limit: PortalState.associationPageLimit)
                    if page.results.isEmpty {
                        errors.append(Self.noAssociations(input.id, fromTypeID, toTypeID))
                    } else {
                        results.append(
                            AssociationBatchReadResult(
                                from: .init(id: input.id),
                                to: generation.shaped(page.results, from: fromTypeID, to: toTypeID),
                                paging: page.paging))
                    }
                }
                return (results, errors)
            }
            return Self.batchAnswer(results, errors, started: started, completed: portal.clock(), as: generation)
        }
        router.post(RouterPath("\(batch)/create")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Pairs.self, from: request)
            let started = portal.clock()
            let (results, errors) = try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                var results: [LabelsBetweenObjectPair] = []
                var errors: [StandardError] = []
                for input in body.inputs {
                    do throws(SandboxAPIError) {
                        results.append(
                            try state.associate(
                                RecordKey(typeID: fromTypeID, id: input.from.id),
                                RecordKey(typeID: toTypeID, id: input.to.id),
                                specs: input.types ?? []))
                    } catch {
                        errors.append(Self.inputError(error, from: input.from.id, to: input.to.id))
                    }
                }
                return (results, errors)
            }
            if results.isEmpty, let first = errors.first {
                throw SandboxAPIError(
                    status: Int(first.status) ?? 400, category: first.category,
                    message: first.message, context: first.context)
            }
            return Self.batchAnswer(
                results, errors, started: started, completed: portal.clock(), as: generation,
                success: generation.associationBatchCreateStatus)
        }
        router.post(RouterPath("\(batch)/associate/default")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Pairs.self, from: request)
            let started = portal.clock()
            let results = try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                var results: [DefaultAssociation] = []
                for input in body.inputs {
                    results += try state.associateDefault(
                        RecordKey(typeID: fromTypeID, id: input.from.id),
                        RecordKey(typeID: toTypeID, id: input.to.id))
                }
                return results
            }
            return SandboxResponse.json(
                BatchResponse(results: results, startedAt: started, completedAt: portal.clock()))
        }
        router.post(RouterPath("\(batch)/archive")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Archive.self, from: request)
            let started = portal.clock()
            try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                for input in body.inputs {
                    for target in input.to {
                        state.dissociate(
                            RecordKey(typeID: fromTypeID, id: input.from.id),
                            RecordKey(typeID: toTypeID, id: target.id))
                    }
                }
            }
            return archiveAnswer(started: started, as: generation)
        }
        router.post(RouterPath("\(batch)/labels/archive")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Pairs.self, from: request)
            let started = portal.clock()
            try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                for input in body.inputs {
                    state.removeTypes(
                        RecordKey(typeID: fromTypeID, id: input.from.id),
                        RecordKey(typeID: toTypeID, id: input.to.id), specs: input.types ?? [])
                }
            }
            return archiveAnswer(started: started, as: generation)
        }
    }

    /// 204 in v4; the dated generations answer 200 with an empty batch body (`BatchResponseVoid`).
    private func archiveAnswer(started: Date, as generation: APIGeneration) -> Response {
        guard generation.answersAssociationArchivesWithBody else { return Response(status: .noContent) }
        return SandboxResponse.json(
            BatchResponse<String>(results: [], startedAt: started, completedAt: portal.clock()))
    }

    /// 200 (or `success`) when every input worked; else the generation's partial-failure status (207, or
    /// `success` in 2026-09) with one `StandardError` per failed input.
    static func batchAnswer<T: Codable & Sendable & Hashable>(
        _ results: [T], _ errors: [StandardError], started: Date, completed: Date, as generation: APIGeneration,
        success: HTTPResponse.Status = .ok
    ) -> Response {
        let answer = BatchResponse(
            results: results, startedAt: started, completedAt: completed,
            numErrors: errors.isEmpty ? nil : errors.count, errors: errors.isEmpty ? nil : errors)
        return SandboxResponse.json(
            answer, status: generation.batchStatus(success: success, someFailed: !errors.isEmpty))
    }

    /// The error a batch read reports for a record with nothing associated (or no such record).
    static func noAssociations(_ id: String, _ fromTypeID: String, _ toTypeID: String) -> StandardError {
        StandardError(
            status: "404", category: "OBJECT_NOT_FOUND",
            message: "No \(toTypeID) is associated with \(fromTypeID) \(id).",
            context: ["fromObjectId": [id]])
    }

    /// One failed batch input, naming the pair.
    static func inputError(_ error: SandboxAPIError, from: String, to: String) -> StandardError {
        let context = (error.body.context ?? [:]).merging(["fromObjectId": [from], "toObjectId": [to]]) { $1 }
        return StandardError(
            status: String(error.status), category: error.body.category ?? "VALIDATION_ERROR",
            message: error.body.message ?? "", errors: error.body.errors ?? [], context: context)
    }

    /// The two type ids of a `{fromObjectType}/{toObjectType}` path.
    static func typePair(
        _ context: BasicRequestContext, in state: PortalState
    ) throws(SandboxAPIError) -> (String, String) {
        (
            try state.typeID(pathParameter("fromObjectType", in: context)),
            try state.typeID(pathParameter("toObjectType", in: context))
        )
    }
}
