import Foundation
import HubSpot
import Hummingbird

// Associations per record: v4 and the dated generations under each one's prefix, and v3's per-type paths.
extension SandboxRoutes {
    func addAssociationRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        let v4 = "\(generation.recordAssociationsPath)/:objectType/:objectId/associations"
        if generation.servesRecordAssociationList {
            router.get(RouterPath("\(v4)/:toObjectType")) { request, context in
                let limit = try request.queryInteger("limit") ?? PortalState.associationPageLimit
                let page = try portal.withState { (state) throws(SandboxAPIError) in
                    let (from, toTypeID) = try Self.source(context, in: state)
                    var page = try state.associationPage(
                        of: from, toTypeID: toTypeID, after: request.queryValue("after"),
                        limit: limit)
                    page.results = generation.shaped(page.results, from: from.typeID, to: toTypeID)
                    return page
                }
                return SandboxResponse.json(page)
            }
        }
        router.put(RouterPath("\(v4)/:toObjectType/:toObjectId")) { request, context in
            let specs = try await SandboxJSONInput.decode([AssociationSpec].self, from: request)
            let pair = try portal.withState { (state) throws(SandboxAPIError) in
                let (from, to) = try Self.pair(context, in: state)
                return try state.associate(from, to, specs: specs)
            }
            return SandboxResponse.json(pair, status: .created)
        }
        router.delete(RouterPath("\(v4)/:toObjectType/:toObjectId")) { _, context in
            try portal.withState { (state) throws(SandboxAPIError) in
                let (from, to) = try Self.pair(context, in: state)
                _ = try state.liveRecord(from.typeID, from.id)
                state.dissociate(from, to)
            }
            return Response(status: .noContent)
        }
        router.put(RouterPath("\(v4)/default/:toObjectType/:toObjectId")) { _, context in
            let started = portal.clock()
            let results = try portal.withState { (state) throws(SandboxAPIError) in
                let (from, to) = try Self.pair(context, in: state)
                return try state.associateDefault(from, to)
            }
            return SandboxResponse.json(
                BatchResponse(results: results, startedAt: started, completedAt: portal.clock()))
        }
        guard generation == .legacy else { return }
        let v3 = "/crm/v3/objects/:objectType/:objectId/associations/:toObjectType/:toObjectId/:associationType"
        router.put(RouterPath(v3)) { _, context in
            try v3Associate(context, add: true)
        }
        router.delete(RouterPath(v3)) { _, context in
            _ = try v3Associate(context, add: false)
            return Response(status: .noContent)
        }
    }

    /// PUT answers with the source record and its associations to the target type, as HubSpot's v3 does.
    private func v3Associate(_ context: BasicRequestContext, add: Bool) throws(SandboxAPIError) -> Response {
        let associationType = Self.pathParameter("associationType", in: context)
        let record = try portal.withState { (state) throws(SandboxAPIError) -> CRMRecord in
            let (from, to) = try Self.pair(context, in: state)
            let definition = try state.v3Definition(associationType, from: from.typeID, to: to.typeID)
            let source = try state.liveRecord(from.typeID, from.id)
            if add {
                _ = try state.liveRecord(to.typeID, to.id)
                state.associate(from, to, typeID: definition.typeID)
            } else {
                state.dissociate(from, to, typeIDs: [definition.typeID])
            }
            return Portal.apiRecord(
                source, typeID: from.typeID,
                propertyNames: PropertyCatalog.defaultPropertyNames(typeID: from.typeID),
                associationTypeIDs: [to.typeID], in: state)
        }
        return SandboxResponse.json(record)
    }

    /// The source record and target type of a per-record association path.
    static func source(
        _ context: BasicRequestContext, in state: PortalState
    ) throws(SandboxAPIError) -> (RecordKey, String) {
        let typeID = try state.typeID(pathParameter("objectType", in: context))
        let toTypeID = try state.typeID(pathParameter("toObjectType", in: context))
        return (RecordKey(typeID: typeID, id: pathParameter("objectId", in: context)), toTypeID)
    }

    /// Both records of a per-pair association path.
    static func pair(
        _ context: BasicRequestContext, in state: PortalState
    ) throws(SandboxAPIError) -> (RecordKey, RecordKey) {
        let (from, toTypeID) = try source(context, in: state)
        return (from, RecordKey(typeID: toTypeID, id: pathParameter("toObjectId", in: context)))
    }
}
