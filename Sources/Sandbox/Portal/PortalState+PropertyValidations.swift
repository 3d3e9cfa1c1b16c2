import HubSpot

// Property validation rules: read and set per property and rule type (enforced by `PropertyValidator`).
extension PortalState {
    /// Every property of the type that has rules, by name.
    func propertyValidations(_ typeID: String) -> [PropertyValidation] {
        (admin.validationRules[typeID] ?? [:]).filter { !$0.value.isEmpty }.keys.sorted().map { name in
            PropertyValidation(propertyName: name, propertyValidationRules: admin.validationRules[typeID]?[name] ?? [])
        }
    }

    /// One property's rules (none when it has none); 404 when the type has no such live property.
    func validationRules(_ typeID: String, _ propertyName: String) throws(SandboxAPIError) -> [PropertyValidationRule] {
        _ = try property(typeID, propertyName)
        return admin.validationRules[typeID]?[propertyName] ?? []
    }

    /// One rule of a property; 404 when it has none of that type.
    func validationRule(
        _ typeID: String, _ propertyName: String, _ ruleType: ValidationRuleType
    ) throws(SandboxAPIError) -> PropertyValidationRule {
        let rules = try validationRules(typeID, propertyName)
        guard let rule = rules.first(where: { $0.ruleType == ruleType }) else {
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "No \(ruleType) validation rule on property \(propertyName) of \(typeID)",
                context: ["propertyName": [propertyName], "ruleType": [ruleType.rawValue]])
        }
        return rule
    }

    /// Sets a property's rule of `ruleType`: replaces one of the same type, leaves the others, adds it if new.
    /// There is no removal (HubSpot's API has no DELETE for rules).
    mutating func setValidationRule(
        _ typeID: String, _ propertyName: String, _ ruleType: ValidationRuleType, _ input: PropertyValidationRuleInput
    ) throws(SandboxAPIError) {
        guard ruleType.isKnown else {
            let known = ValidationRuleType.known.sorted().map(\.rawValue).joined(separator: ", ")
            throw .validation(
                "ruleType must be one of \(known), but was '\(ruleType)'", field: "ruleType", code: "INVALID_ENUM")
        }
        var rules = try validationRules(typeID, propertyName)
        let rule = PropertyValidationRule(
            ruleType, input.ruleArguments, shouldApplyNormalization: input.shouldApplyNormalization)
        if let problem = ValidationRuleEvaluator.argumentProblem(rule) {
            throw .validation(problem, field: "ruleArguments", code: "INVALID_RULE_ARGUMENTS")
        }
        if let index = rules.firstIndex(where: { $0.ruleType == ruleType }) {
            rules[index] = rule
        } else {
            rules.append(rule)
        }
        admin.validationRules[typeID, default: [:]][propertyName] = rules
    }
}
