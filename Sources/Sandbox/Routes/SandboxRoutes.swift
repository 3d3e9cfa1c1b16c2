import Foundation
import Hummingbird

/// The sandbox's HTTP surface: HubSpot's paths over one `Portal`.
struct SandboxRoutes: Sendable {
    let portal: Portal
    /// Creates whose answer is lost on purpose (`--lost-answer-rate`); none by default.
    var lostAnswers = LostAnswers(rate: 0, seed: 0)

    /// A router with HubSpot's error bodies everywhere, bearer authentication when `token` is set, and a key's
    /// limited `scopes` when given (all of them when nil).
    static func makeRouter(
        portal: Portal, token: String?, traffic: TrafficPolicy, meter: TrafficMeter, oauth: OAuthIssuer? = nil,
        generations: [APIGeneration] = APIGeneration.allCases, scopes: Set<String>? = nil,
        lostAnswers: LostAnswers? = nil, accessLog: String? = nil
    ) throws -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        // Outermost, so that it logs the status of every answer, errors and 429s included.
        if let accessLog { router.add(middleware: try AccessLogMiddleware(path: accessLog)) }
        router.add(middleware: HubSpotErrorMiddleware())
        if token != nil || oauth != nil { router.add(middleware: BearerTokenMiddleware(token: token, issuer: oauth)) }

        router.add(
            middleware: TrafficMiddleware(policy: traffic, meter: meter))
        if let scopes { router.add(middleware: ScopeMiddleware(granted: scopes)) }
        let routes = SandboxRoutes(
            portal: portal,
            lostAnswers: lostAnswers ?? LostAnswers(rate: traffic.lostAnswerRate, seed: portal.seed))
        // Every generation is served by the same handlers over the same portal; APIGeneration decides the rest.
        for generation in generations {
            routes.addAssociationRoutes(to: router, as: generation)
            routes.addAssociationBatchRoutes(to: router, as: generation)
            routes.addAssociationLabelRoutes(to: router, as: generation)
            routes.addObjectRoutes(to: router, as: generation)
            routes.addSearchRoutes(to: router, as: generation)
            routes.addWriteRoutes(to: router, as: generation)
            routes.addBatchRoutes(to: router, as: generation)
            routes.addPipelineRoutes(to: router, as: generation)
            routes.addOwnerRoutes(to: router, as: generation)
            routes.addSchemaRoutes(to: router, as: generation)
            routes.addPropertyAdminRoutes(to: router, as: generation)
            routes.addPropertyRoutes(to: router, as: generation)
            routes.addPropertyValidationRoutes(to: router, as: generation)
        }
        routes.addOAuthRoutes(to: router, issuer: oauth)
        return router
    }

    /// A path parameter, percent-decoded (ids used with `idProperty` may be emails).
    static func pathParameter(_ name: String, in context: BasicRequestContext) -> String {
        let raw = context.parameters.get(name) ?? ""
        return raw.removingPercentEncoding ?? raw
    }
}
