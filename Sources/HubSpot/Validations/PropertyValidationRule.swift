/// One validation rule of a property (`PublicPropertyValidationRule`): its type and the arguments that
/// set its limits, e.g. `MAX_LENGTH` with `["20"]`.
public struct PropertyValidationRule: Codable, Hashable, Sendable {
    /// What the rule checks.
    public var ruleType: ValidationRuleType
    /// The rule's limits, as text: a length, a bound, a mode, a pattern, domains. Their meaning per type is
    /// not in the spec; see docs/decisions/0032-property-validation-rules.md for the readings Spoke assumes.
    public var ruleArguments: [String]
    /// Whether the value is normalized before it is checked (read here as: surrounding whitespace ignored).
    public var shouldApplyNormalization: Bool?

    /// Creates a rule.
    public init(_ ruleType: ValidationRuleType, _ ruleArguments: [String] = [], shouldApplyNormalization: Bool? = nil) {
        self.ruleType = ruleType
        self.ruleArguments = ruleArguments
        self.shouldApplyNormalization = shouldApplyNormalization
    }

    private enum CodingKeys: String, CodingKey {
        case ruleType, ruleArguments, shouldApplyNormalization
    }

    /// Decodes leniently: a rule sent without `ruleArguments` has none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ruleType = try c.decode(ValidationRuleType.self, forKey: .ruleType)
        ruleArguments = (try? c.decodeIfPresent([String].self, forKey: .ruleArguments)) ?? []
        shouldApplyNormalization = try? c.decodeIfPresent(Bool.self, forKey: .shouldApplyNormalization)
    }

    /// Encodes `shouldApplyNormalization` only when set.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ruleType, forKey: .ruleType)
        try c.encode(ruleArguments, forKey: .ruleArguments)
        try c.encodeIfPresent(shouldApplyNormalization, forKey: .shouldApplyNormalization)
    }
}
