import Foundation
import HubSpot
import Hummingbird

// Objects API v3: create, update, archive.
extension SandboxRoutes {
    func addWriteRoutes(to router: Router<BasicRequestContext>) {
        router.post("/crm/v3/objects/:objectType") { request, context in
            let input = try await SandboxJSONInput.decode(WriteBody.Input.self, from: request)
            let record = try portal.create(Self.pathParameter("objectType", in: context), input: input)
            return SandboxResponse.json(record, status: .created)
        }
        router.patch("/crm/v3/objects/:objectType/:objectId") { request, context in
            let input = try await SandboxJSONInput.decode(WriteBody.Input.self, from: request)
            let record = try portal.update(
                Self.pathParameter("objectType", in: context), id: Self.pathParameter("objectId", in: context),
                idProperty: request.queryValue("idProperty"), input: input)
            return SandboxResponse.json(record)
        }
        router.delete("/crm/v3/objects/:objectType/:objectId") { _, context in
            try portal.archiveRecord(
                Self.pathParameter("objectType", in: context),
                id: Self.pathParameter("objectId", in: context))
            return Response(status: .noContent)
        }
    }
}
