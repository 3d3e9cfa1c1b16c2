import Foundation
import HubSpot
import Hummingbird

// CRM search: POST /crm/v3/objects/{type}/search.
extension SandboxRoutes {
    /// The largest search body accepted (HubSpot caps `query` at 3000 characters; filters are small).
    static let maximumSearchBody = 1 << 20

    func addSearchRoutes(to router: Router<BasicRequestContext>) {
        router.post("/crm/v3/objects/:objectType/search") { request, context in
            let type = Self.pathParameter("objectType", in: context)
            let body = try await request.body.collect(upTo: Self.maximumSearchBody)
            let searchRequest = try Self.decodeSearch(Data(body.readableBytesView))
            var page = try portal.search(type, searchRequest)
            page.paging?.next?.link = nil
            return SandboxResponse.json(page)
        }
    }

    /// An empty body counts as `{}`, as HubSpot's docs allow; anything else must be valid JSON.
    private static func decodeSearch(_ data: Data) throws(SandboxAPIError) -> SearchRequest {
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return SearchRequest() }
        do {
            return try JSONDecoder().decode(SearchRequest.self, from: data)
        } catch {
            throw .validation("Invalid input JSON: \(Self.describe(error))", code: "INVALID_JSON")
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "not JSON" }
        switch decoding {
        case .dataCorrupted(let context): return context.debugDescription
        case .keyNotFound(let key, let context):
            return "missing \(key.stringValue) at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        @unknown default: return "not a search request"
        }
    }
}
