import HubSpot

// The demo portal's property validation rules: a few of the kinds admins set, so a user meets them.
extension DemoPortalBuilder {
    /// The rules, by type id and property. Every demo value keeps them (`PropertyValidationWireTests` checks).
    static let demoValidationRules: [(typeID: String, property: String, rule: PropertyValidationRule)] = [
        ("0-1", "phone", PropertyValidationRule(.maxLength, ["20"])),
        ("0-2", "domain", PropertyValidationRule(.domain)),
        ("0-3", "amount", PropertyValidationRule(.minNumber, ["0"])),
        ("0-3", "amount", PropertyValidationRule(.maxNumber, ["10000000"])),
        ("0-3", "amount", PropertyValidationRule(.decimal, ["2"])),
    ]

    /// Sets the rules through the same path the API's PUT takes.
    mutating func addValidationRules() {
        for entry in Self.demoValidationRules {
            try? state.setValidationRule(
                entry.typeID, entry.property, entry.rule.ruleType,
                PropertyValidationRuleInput(ruleArguments: entry.rule.ruleArguments))
        }
    }
}
