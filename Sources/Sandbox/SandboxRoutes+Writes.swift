import Foundation
import HubSpot
import Hummingbird

// Objects API v3: create, update, archive.
extension SandboxRoutes {
    /// The largest request body the sandbox reads (a full batch of long values fits easily).
    static let maximumBodySize = 16 * 1024 * 1024

    func addWriteRoutes(to router: Router<BasicRequestContext>) {
        router.post("/crm/v3/objects/:objectType") { request, context in
            let input = try await Self.decodeBody(WriteBody.Input.self, request)
            let record = try portal.create(Self.pathParameter("objectType", in: context), input: input)
            return SandboxResponse.json(record, status: .created)
        }
        router.patch("/crm/v3/objects/:objectType/:objectId") { request, context in
            let input = try await Self.decodeBody(WriteBody.Input.self, request)
            let record = try portal.update(
                Self.pathParameter("objectType", in: context), id: Self.pathParameter("objectId", in: context),
                idProperty: request.queryValue("idProperty"), input: input)
            return SandboxResponse.json(record)
        }
        router.delete("/crm/v3/objects/:objectType/:objectId") { _, context in
            try portal.archiveRecord(Self.pathParameter("objectType", in: context),
                                     id: Self.pathParameter("objectId", in: context))
            return Response(status: .noContent)
        }
    }

    /// Reads and decodes a JSON body; malformed JSON is HubSpot's 400, not a 500.
    static func decodeBody<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
        let buffer = try await request.body.collect(upTo: maximumBodySize)
        return try WriteBody.decode(T.self, from: Data(buffer.readableBytesView))
    }
}
