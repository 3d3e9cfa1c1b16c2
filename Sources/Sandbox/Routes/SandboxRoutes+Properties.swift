import HubSpot
import Hummingbird

// Properties API: the definitions of a type, unpaged, under each generation's prefix.
extension SandboxRoutes {
    func addPropertyRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        router.get(RouterPath("\(generation.propertiesPath)/:objectType")) { request, context in
            let archived = try request.queryFlag("archived")
            let definitions = try portal.propertyDefinitions(
                of: Self.pathParameter("objectType", in: context),
                archived: archived)
            return SandboxResponse.json(CollectionPage(results: definitions))
        }
    }
}
