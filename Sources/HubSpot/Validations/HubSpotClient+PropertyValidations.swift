import Foundation

// MARK: - Property validation rules: read a type's, a property's or one rule; set one
extension HubSpotClient {
    /// The validation rules of every property of `type` that has any.
    public func propertyValidations(of type: String) async throws -> [PropertyValidation] {
        let page: CollectionPage<PropertyValidation> = try await perform(
            makeRequest(.get, endpoints.propertyValidations(type)))
        return page.results
    }

    /// The validation rules of one property (none when it has none).
    public func propertyValidationRules(_ type: String, property: String) async throws -> [PropertyValidationRule] {
        let page: CollectionPage<PropertyValidationRule> = try await perform(
            makeRequest(.get, endpoints.propertyValidations(type, property)))
        return page.results
    }

    /// One rule of a property, by type; 404 when the property has no rule of that type.
    public func propertyValidationRule(
        _ type: String, property: String, ruleType: ValidationRuleType
    ) async throws -> PropertyValidationRule {
        try await perform(makeRequest(.get, endpoints.propertyValidationRule(type, property, ruleType.rawValue)))
    }

    /// Sets a property's rule of `ruleType`, replacing one of the same type and leaving others alone (204).
    public func setPropertyValidationRule(
        _ type: String, property: String, ruleType: ValidationRuleType, arguments: [String],
        shouldApplyNormalization: Bool? = nil
    ) async throws {
        try await performWithoutBody(
            .put, endpoints.propertyValidationRule(type, property, ruleType.rawValue),
            body: PropertyValidationRuleInput(
                ruleArguments: arguments, shouldApplyNormalization: shouldApplyNormalization))
    }
}
