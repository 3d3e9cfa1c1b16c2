import Foundation
import HubSpot
import Hummingbird

// CRM search: POST {objects prefix}/{type}/search.
extension SandboxRoutes {
    func addSearchRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        router.post(RouterPath("\(generation.objectsPath)/:objectType/search")) { request, context in
            let type = Self.pathParameter("objectType", in: context)
            let searchRequest = try await SandboxJSONInput.decode(
                SearchRequest.self, from: request, empty: SearchRequest())
            var page = try portal.search(type, searchRequest)
            page.paging?.next?.link = nil
            return SandboxResponse.json(generation.shaped(page))
        }
    }
}
