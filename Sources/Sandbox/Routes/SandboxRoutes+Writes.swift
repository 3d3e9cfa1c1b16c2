import Foundation
import HubSpot
import Hummingbird

// Objects API: create, update, archive, under each generation's prefix.
extension SandboxRoutes {
    func addWriteRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        let objects = generation.objectsPath
        router.post(RouterPath("\(objects)/:objectType")) { request, context in
            let input = try await SandboxJSONInput.decode(WriteBody.Input.self, from: request)
            let record = try portal.create(Self.pathParameter("objectType", in: context), input: input)
            try await lostAnswers.loseIfDrawn(request)
            return SandboxResponse.json(generation.shaped(record), status: .created)
        }
        router.patch(RouterPath("\(objects)/:objectType/:objectId")) { request, context in
            let input = try await SandboxJSONInput.decode(WriteBody.Input.self, from: request)
            let record = try portal.update(
                Self.pathParameter("objectType", in: context), id: Self.pathParameter("objectId", in: context),
                idProperty: request.queryValue("idProperty"), input: input)
            return SandboxResponse.json(generation.shaped(record))
        }
        router.delete(RouterPath("\(objects)/:objectType/:objectId")) { _, context in
            try portal.archiveRecord(
                Self.pathParameter("objectType", in: context),
                id: Self.pathParameter("objectId", in: context))
            return Response(status: .noContent)
        }
    }
}
