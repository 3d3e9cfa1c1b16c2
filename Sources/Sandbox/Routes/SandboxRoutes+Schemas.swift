import Foundation
import HubSpot
import Hummingbird

// Custom object schemas: v3 under both the documented and the short prefix, each dated generation under one.
extension SandboxRoutes {
    /// `POST …/schemas/{objectType}/associations` body.
    struct SchemaAssociationInput: Decodable, Sendable {
        let fromObjectTypeId: String
        let toObjectTypeId: String
        let name: String?
    }

    func addSchemaRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        for base in generation.schemaPaths {
            let one = "\(base)/:objectType"
            router.get(RouterPath(base)) { request, _ in
                let archived = try request.queryFlag("archived")
                let schemas = try portal.withState { state in state.admin.schemas.filter { $0.archived == archived } }
                return SandboxResponse.json(CollectionPage(results: schemas))
            }
            router.post(RouterPath(base)) { request, _ in
                let input = try await SandboxJSONInput.decode(ObjectSchemaInput.self, from: request)
                let date = portal.clock()
                let schema = try portal.withState { (state) throws(SandboxAPIError) in
                    try state.createSchema(input, at: date)
                }
                return SandboxResponse.json(schema, status: .created)
            }
            router.get(RouterPath(one)) { _, context in
                SandboxResponse.json(
                    try portal.withState { (state) throws(SandboxAPIError) in
                        try state.schema(Self.pathParameter("objectType", in: context))
                    })
            }
            router.patch(RouterPath(one)) { request, context in
                let patch = try await SandboxJSONInput.decode(ObjectSchemaPatch.self, from: request)
                let date = portal.clock()
                return SandboxResponse.json(
                    try portal.withState { (state) throws(SandboxAPIError) in
                        try state.patchSchema(Self.pathParameter("objectType", in: context), patch, at: date)
                    })
            }
            router.delete(RouterPath(one)) { _, context in
                let date = portal.clock()
                try portal.withState { (state) throws(SandboxAPIError) in
                    try state.archiveSchema(Self.pathParameter("objectType", in: context), at: date)
                }
                return Response(status: .noContent)
            }
            router.post(RouterPath("\(one)/associations")) { request, context in
                let input = try await SandboxJSONInput.decode(SchemaAssociationInput.self, from: request)
                let date = portal.clock()
                let definition = try portal.withState { (state) throws(SandboxAPIError) in
                    _ = try state.schema(Self.pathParameter("objectType", in: context))
                    return try state.createSchemaAssociation(
                        try state.typeID(input.fromObjectTypeId), to: try state.typeID(input.toObjectTypeId),
                        name: input.name, at: date)
                }
                return SandboxResponse.json(definition, status: .created)
            }
            router.delete(RouterPath("\(one)/associations/:associationIdentifier")) { _, context in
                try portal.withState { (state) throws(SandboxAPIError) in
                    try state.deleteSchemaAssociation(
                        Self.pathParameter("objectType", in: context),
                        Self.pathParameter("associationIdentifier", in: context))
                }
                return Response(status: .noContent)
            }
        }
    }
}
