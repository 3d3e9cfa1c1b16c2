import Foundation
import HubSpot
import Hummingbird

// Associations v4 batch endpoints.
extension SandboxRoutes {
    func addAssociationBatchRoutes(to router: Router<BasicRequestContext>) {
        let batch = "/crm/v4/associations/:fromObjectType/:toObjectType/batch"
        router.post(RouterPath("\(batch)/read")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Read.self, from: request)
            guard body.inputs.count <= PortalState.associationBatchReadLimit else {
                throw SandboxAPIError.validation(
                    "The maximum number of inputs supported in a batch request is "
                        + "\(PortalState.associationBatchReadLimit), but \(body.inputs.count) were sent",
                    field: "inputs", code: "TOO_MANY_INPUTS")
            }
            let started = portal.clock()
            let results = try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                // Records without associations are left out, as HubSpot does.
                var results: [AssociationBatchReadResult] = []
                for input in body.inputs {
                    let page = try state.associationPage(
                        of: RecordKey(typeID: fromTypeID, id: input.id), toTypeID: toTypeID, after: input.after,
                        limit: PortalState.associationPageLimit)
                    guard !page.results.isEmpty else { continue }
                    results.append(AssociationBatchReadResult(from: .init(id: input.id), to: page.results,
                                                              paging: page.paging))
                }
                return results
            }
            return SandboxResponse.json(BatchResult(results: results, startedAt: started, completedAt: portal.clock()))
        }
        router.post(RouterPath("\(batch)/create")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Pairs.self, from: request)
            let started = portal.clock()
            let results = try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                var results: [LabelsBetweenObjectPair] = []
                for input in body.inputs {
                    results.append(try state.associate(RecordKey(typeID: fromTypeID, id: input.from.id),
                                                       RecordKey(typeID: toTypeID, id: input.to.id),
                                                       specs: input.types ?? []))
                }
                return results
            }
            return SandboxResponse.json(BatchResult(results: results, startedAt: started, completedAt: portal.clock()),
                                        status: .created)
        }
        router.post(RouterPath("\(batch)/associate/default")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Pairs.self, from: request)
            let started = portal.clock()
            let results = try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                var results: [DefaultAssociation] = []
                for input in body.inputs {
                    results += try state.associateDefault(RecordKey(typeID: fromTypeID, id: input.from.id),
                                                          RecordKey(typeID: toTypeID, id: input.to.id))
                }
                return results
            }
            return SandboxResponse.json(BatchResult(results: results, startedAt: started, completedAt: portal.clock()))
        }
        router.post(RouterPath("\(batch)/archive")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Archive.self, from: request)
            try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                for input in body.inputs {
                    for target in input.to {
                        state.dissociate(RecordKey(typeID: fromTypeID, id: input.from.id),
                                         RecordKey(typeID: toTypeID, id: target.id))
                    }
                }
            }
            return Response(status: .noContent)
        }
        router.post(RouterPath("\(batch)/labels/archive")) { request, context in
            let body = try await SandboxJSONInput.decode(AssociationBatchInputs.Pairs.self, from: request)
            try portal.withState { (state) throws(SandboxAPIError) in
                let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                for input in body.inputs {
                    state.removeTypes(RecordKey(typeID: fromTypeID, id: input.from.id),
                                      RecordKey(typeID: toTypeID, id: input.to.id), specs: input.types ?? [])
                }
            }
            return Response(status: .noContent)
        }
    }

    /// The two type ids of a `{fromObjectType}/{toObjectType}` path.
    static func typePair(
        _ context: BasicRequestContext, in state: PortalState
    ) throws(SandboxAPIError) -> (String, String) {
        (try state.typeID(pathParameter("fromObjectType", in: context)),
         try state.typeID(pathParameter("toObjectType", in: context)))
    }
}
