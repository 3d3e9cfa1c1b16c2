import Foundation
import HubSpot
import Hummingbird

// Objects API v3: list and read.
extension SandboxRoutes {
    func addObjectRoutes(to router: Router<BasicRequestContext>) {
        router.get("/crm/v3/objects/:objectType") { request, context in
            try listRecords(request, context)
        }
        router.get("/crm/v3/objects/:objectType/:objectId") { request, context in
            try readRecord(request, context)
        }
    }

    private func listRecords(_ request: Request, _ context: BasicRequestContext) throws(SandboxAPIError) -> Response {
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
            page.paging?.next?.link = Self.nextLink(request, type: type, after: after, limit: listRequest.limit)
        }
        return SandboxResponse.json(page)
    }

    private func readRecord(_ request: Request, _ context: BasicRequestContext) throws(SandboxAPIError) -> Response {
        let record = try portal.read(
            Self.pathParameter("objectType", in: context), id: Self.pathParameter("objectId", in: context),
            properties: request.queryList("properties"), associations: request.queryList("associations") ?? [],
            archived: try request.queryFlag("archived"), idProperty: request.queryValue("idProperty"))
        let withHistory = try portal.addHistory(
            request.queryList("propertiesWithHistory") ?? [], to: [record],
            type: Self.pathParameter("objectType", in: context))
        return SandboxResponse.json(withHistory.first ?? record)
    }

    /// The deprecated `link` HubSpot still sends: the same list with the next cursor.
    private static func nextLink(_ request: Request, type: String, after: String, limit: Int) -> String {
        let authority = request.head.authority ?? "127.0.0.1"
        let encodedType = type.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? type
        return "http://\(authority)/crm/v3/objects/\(encodedType)?limit=\(limit)&after=\(after)"
    }
}
