import Foundation
import HubSpot
import Hummingbird

// Association labels: v4 under both spellings HubSpot has published, each dated generation under its one path.
extension SandboxRoutes {
    func addAssociationLabelRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        for prefix in generation.associationLabelPaths {
            let labels = "\(prefix)/:fromObjectType/:toObjectType/labels"
            router.get(RouterPath(labels)) { _, context in
                let results = try portal.withState { (state) throws(SandboxAPIError) in
                    let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                    return generation.shaped(
                        state.associationLabels(from: fromTypeID, to: toTypeID), from: fromTypeID, to: toTypeID)
                }
                return SandboxResponse.json(CollectionPage(results: results))
            }
            router.post(RouterPath(labels)) { request, context in
                let input = try await SandboxJSONInput.decode(AssociationLabelInput.self, from: request)
                let created = try portal.withState { (state) throws(SandboxAPIError) in
                    let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                    guard let name = input.name else { throw .validation("name is required", field: "name") }
                    let created = try state.createLabel(
                        from: fromTypeID, to: toTypeID, name: name, label: input.label,
                        inverseLabel: input.inverseLabel)
                    return generation.shaped(created, from: fromTypeID, to: toTypeID)
                }
                return SandboxResponse.json(CollectionPage(results: created))
            }
            router.put(RouterPath(labels)) { request, context in
                let input = try await SandboxJSONInput.decode(AssociationLabelInput.self, from: request)
                try portal.withState { (state) throws(SandboxAPIError) in
                    let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                    guard let typeID = input.associationTypeId else {
                        throw .validation("associationTypeId is required", field: "associationTypeId")
                    }
                    try state.updateLabel(
                        from: fromTypeID, to: toTypeID, typeID: typeID, label: input.label,
                        inverseLabel: input.inverseLabel)
                }
                return Response(status: .noContent)
            }
            router.delete(RouterPath("\(labels)/:associationTypeId")) { _, context in
                try portal.withState { (state) throws(SandboxAPIError) in
                    let (fromTypeID, toTypeID) = try Self.typePair(context, in: state)
                    let raw = Self.pathParameter("associationTypeId", in: context)
                    guard let typeID = Int(raw) else {
                        throw .validation(
                            "associationTypeId must be an integer, but was '\(raw)'",
                            field: "associationTypeId")
                    }
                    try state.deleteLabel(from: fromTypeID, to: toTypeID, typeID: typeID)
                }
                return Response(status: .noContent)
            }
        }
    }
}
