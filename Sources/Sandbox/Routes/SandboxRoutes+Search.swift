import Foundation
import HubSpot
import Hummingbird

// CRM search: POST /crm/v3/objects/{type}/search.
extension SandboxRoutes {
    func addSearchRoutes(to router: Router<BasicRequestContext>) {
        router.post("/crm/v3/objects/:objectType/search") { request, context in
            let type = Self.pathParameter("objectType", in: context)
            let searchRequest = try await SandboxJSONInput.decode(
                SearchRequest.self, from: request, empty: SearchRequest())
            var page = try portal.search(type, searchRequest)
            page.paging?.next?.link = nil
            return SandboxResponse.json(page)
        }
    }
}
