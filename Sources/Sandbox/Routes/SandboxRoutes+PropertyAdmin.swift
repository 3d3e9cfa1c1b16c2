import Foundation
import HubSpot
import Hummingbird

// Properties beyond the listing: one property, batches, and groups, under each generation's prefix.
extension SandboxRoutes {
    /// A batch body naming properties: `{inputs:[{name}], archived?}`.
    struct PropertyNames: Decodable, Sendable {
        struct Input: Decodable, Sendable { let name: String }
        let inputs: [Input]
        let archived: Bool?
    }

    /// `batch/create` body.
    struct PropertyBatchCreate: Decodable, Sendable {
        let inputs: [PropertyCreate]
    }

    func addPropertyAdminRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        let base = "\(generation.propertiesPath)/:objectType"
        router.post(RouterPath(base)) { request, context in
            let input = try await SandboxJSONInput.decode(PropertyCreate.self, from: request)
            let date = portal.clock()
            return SandboxResponse.json(
                try propertyState(context) { typeID, state throws(SandboxAPIError) in
                    try state.createProperty(typeID, input, at: date)
                }, status: .created)
        }
        router.get(RouterPath("\(base)/:propertyName")) { request, context in
            let archived = try request.queryFlag("archived")
            return SandboxResponse.json(
                try propertyState(context) { typeID, state throws(SandboxAPIError) in
                    try state.property(typeID, Self.pathParameter("propertyName", in: context), archived: archived)
                })
        }
        router.patch(RouterPath("\(base)/:propertyName")) { request, context in
            let update = try await SandboxJSONInput.decode(PropertyUpdate.self, from: request)
            let date = portal.clock()
            return SandboxResponse.json(
                try propertyState(context) { typeID, state throws(SandboxAPIError) in
                    try state.updateProperty(typeID, Self.pathParameter("propertyName", in: context), update, at: date)
                })
        }
        router.delete(RouterPath("\(base)/:propertyName")) { _, context in
            let date = portal.clock()
            try propertyState(context) { typeID, state throws(SandboxAPIError) in
                try state.archiveProperty(typeID, Self.pathParameter("propertyName", in: context), at: date)
            }
            return Response(status: .noContent)
        }
        router.post(RouterPath("\(base)/batch/create")) { request, context in
            let body = try await SandboxJSONInput.decode(PropertyBatchCreate.self, from: request)
            let date = portal.clock()
            let results = try propertyState(context) { typeID, state throws(SandboxAPIError) in
                var created: [PropertyDefinition] = []
                for input in body.inputs { created.append(try state.createProperty(typeID, input, at: date)) }
                return created
            }
            return SandboxResponse.json(
                BatchResponse(results: results, startedAt: date, completedAt: portal.clock()),
                status: generation.propertyBatchCreateStatus)
        }
        router.post(RouterPath("\(base)/batch/read")) { request, context in
            let body = try await SandboxJSONInput.decode(PropertyNames.self, from: request)
            let date = portal.clock()
            let results = try propertyState(context) { typeID, state throws(SandboxAPIError) in
                body.inputs.compactMap { try? state.property(typeID, $0.name, archived: body.archived ?? false) }
            }
            return SandboxResponse.json(BatchResponse(results: results, startedAt: date, completedAt: portal.clock()))
        }
        router.post(RouterPath("\(base)/batch/archive")) { request, context in
            let body = try await SandboxJSONInput.decode(PropertyNames.self, from: request)
            let date = portal.clock()
            try propertyState(context) { typeID, state throws(SandboxAPIError) in
                for input in body.inputs { try state.archiveProperty(typeID, input.name, at: date, quietly: true) }
            }
            return Response(status: .noContent)
        }
        addPropertyGroupRoutes(to: router, base: "\(base)/groups")
    }

    private func addPropertyGroupRoutes(to router: Router<BasicRequestContext>, base: String) {
        router.get(RouterPath(base)) { _, context in
            SandboxResponse.json(
                CollectionPage(
                    results: try propertyState(context) { typeID, state throws(SandboxAPIError) in
                        state.propertyGroups(typeID).filter { !$0.archived }
                    }))
        }
        router.post(RouterPath(base)) { request, context in
            let input = try await SandboxJSONInput.decode(PropertyGroupInput.self, from: request)
            return SandboxResponse.json(
                try propertyState(context) { typeID, state throws(SandboxAPIError) in
                    try state.saveGroup(typeID, name: nil, input)
                }, status: .created)
        }
        router.get(RouterPath("\(base)/:groupName")) { _, context in
            SandboxResponse.json(
                try propertyState(context) { typeID, state throws(SandboxAPIError) in
                    try state.propertyGroup(typeID, Self.pathParameter("groupName", in: context))
                })
        }
        router.patch(RouterPath("\(base)/:groupName")) { request, context in
            let input = try await SandboxJSONInput.decode(PropertyGroupInput.self, from: request)
            return SandboxResponse.json(
                try propertyState(context) { typeID, state throws(SandboxAPIError) in
                    try state.saveGroup(typeID, name: Self.pathParameter("groupName", in: context), input)
                })
        }
        router.delete(RouterPath("\(base)/:groupName")) { _, context in
            _ = try propertyState(context) { typeID, state throws(SandboxAPIError) in
                try state.saveGroup(
                    typeID, name: Self.pathParameter("groupName", in: context), PropertyGroupInput(),
                    archive: true)
            }
            return Response(status: .noContent)
        }
    }

    /// Runs `body` with the path's object type resolved, under the portal's lock.
    private func propertyState<T: Sendable>(
        _ context: BasicRequestContext, _ body: (String, inout PortalState) throws(SandboxAPIError) -> T
    ) throws(SandboxAPIError) -> T {
        try portal.withState { (state) throws(SandboxAPIError) in
            try body(try state.typeID(Self.pathParameter("objectType", in: context)), &state)
        }
    }
}
