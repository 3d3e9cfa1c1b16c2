/// A value that breaks a validation rule: which rule, HubSpot's error code, and a message naming the
/// property and the rule type ("Phone must be at most 20 characters (MAX_LENGTH)").
public struct RuleViolation: Error, Sendable, Hashable {
    /// The rule broken.
    public var ruleType: ValidationRuleType
    /// The code of the failure in HubSpot's list, e.g. `INVALID_ALPHA`.
    public var code: String
    /// What a person reads.
    public var message: String

    /// Creates a violation.
    public init(ruleType: ValidationRuleType, code: String, message: String) {
        self.ruleType = ruleType
        self.code = code
        self.message = message
    }
}
