import HubSpot
import Hummingbird

// Properties API v3: the definitions of a type, unpaged.
extension SandboxRoutes {
    func addPropertyRoutes(to router: Router<BasicRequestContext>) {
        router.get("/crm/v3/properties/:objectType") { request, context in
            let archived = try request.queryFlag("archived")
            let definitions = try portal.propertyDefinitions(
                of: Self.pathParameter("objectType", in: context),
                archived: archived)
            return SandboxResponse.json(CollectionPage(results: definitions))
        }
    }
}
