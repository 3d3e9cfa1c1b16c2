import Foundation
import HubSpot
import Hummingbird

// Property validation rules under each generation's prefix; the type is an id (`0-1`) or a name (`contacts`).
extension SandboxRoutes {
    func addPropertyValidationRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        let base = "\(generation.propertyValidationsPath)/:objectTypeId"
        router.get(RouterPath(base)) { _, context in
            SandboxResponse.json(
                CollectionPage(
                    results: try validationState(context) { typeID, state throws(SandboxAPIError) in
                        state.propertyValidations(typeID)
                    }))
        }
        router.get(RouterPath("\(base)/:propertyName")) { _, context in
            SandboxResponse.json(
                CollectionPage(
                    results: try validationState(context) { typeID, state throws(SandboxAPIError) in
                        try state.validationRules(typeID, Self.pathParameter("propertyName", in: context))
                    }))
        }
        let rule = "\(base)/:propertyName/rule-type/:ruleType"
        router.get(RouterPath(rule)) { _, context in
            SandboxResponse.json(
                try validationState(context) { typeID, state throws(SandboxAPIError) in
                    try state.validationRule(
                        typeID, Self.pathParameter("propertyName", in: context), Self.ruleType(context))
                })
        }
        router.put(RouterPath(rule)) { request, context in
            let input = try await SandboxJSONInput.decode(PropertyValidationRuleInput.self, from: request)
            try validationState(context) { typeID, state throws(SandboxAPIError) in
                try state.setValidationRule(
                    typeID, Self.pathParameter("propertyName", in: context), Self.ruleType(context), input)
            }
            return Response(status: .noContent)
        }
    }

    private static func ruleType(_ context: BasicRequestContext) -> ValidationRuleType {
        ValidationRuleType(rawValue: pathParameter("ruleType", in: context))
    }

    /// Runs `body` with the path's object type resolved, under the portal's lock.
    private func validationState<T: Sendable>(
        _ context: BasicRequestContext, _ body: (String, inout PortalState) throws(SandboxAPIError) -> T
    ) throws(SandboxAPIError) -> T {
        try portal.withState { (state) throws(SandboxAPIError) in
            try body(try state.typeID(Self.pathParameter("objectTypeId", in: context)), &state)
        }
    }
}
