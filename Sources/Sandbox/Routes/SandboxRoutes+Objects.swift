import Foundation
import HubSpot
import Hummingbird

// Objects API: list and read, under each generation's prefix.
extension SandboxRoutes {
    func addObjectRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        router.get(RouterPath("\(generation.objectsPath)/:objectType")) { request, context in
            try listRecords(request, context, as: generation)
        }
        router.get(RouterPath("\(generation.objectsPath)/:objectType/:objectId")) { request, context in
            try readRecord(request, context, as: generation)
        }
    }

    private func listRecords(
        _ request: Request, _ context: BasicRequestContext, as generation: APIGeneration
    ) throws(SandboxAPIError) -> Response {
        let type = Self.pathParameter("objectType", in: context)
        let listRequest = RecordListRequest(
            limit: try request.queryInteger("limit") ?? RecordListRequest.defaultLimit,
            after: request.queryValue("after"),
            properties: request.queryList("properties"),
            associations: request.queryList("associations") ?? [],
            archived: try request.queryFlag("archived"))
        var page = try portal.list(type, listRequest)
        page.results = try portal.addHistory(
            request.queryList("propertiesWithHistory") ?? [], to: page.results, type: type)
        if let after = page.paging?.next?.after {
            page.paging?.next?.link = Self.nextLink(
                request, prefix: generation.objectsPath, type: type, after: after, limit: listRequest.limit)
        }
        return SandboxResponse.json(generation.shaped(page))
    }

    private func readRecord(
        _ request: Request, _ context: BasicRequestContext, as generation: APIGeneration
    ) throws(SandboxAPIError) -> Response {
        let record = try portal.read(
            Self.pathParameter("objectType", in: context), id: Self.pathParameter("objectId", in: context),
            properties: request.queryList("properties"), associations: request.queryList("associations") ?? [],
            archived: try request.queryFlag("archived"), idProperty: request.queryValue("idProperty"))
        let withHistory = try portal.addHistory(
            request.queryList("propertiesWithHistory") ?? [], to: [record],
            type: Self.pathParameter("objectType", in: context))
        return SandboxResponse.json(generation.shaped(withHistory.first ?? record))
    }

    /// The deprecated `link` HubSpot still sends: the same list with the next cursor.
    private static func nextLink(
        _ request: Request, prefix: String, type: String, after: String, limit: Int
    ) -> String {
        let authority = request.head.authority ?? "127.0.0.1"
        let encodedType = type.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? type
        return "http://\(authority)\(prefix)/\(encodedType)?limit=\(limit)&after=\(after)"
    }
}
