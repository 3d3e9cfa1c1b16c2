/// The body of a rule's PUT: its arguments and whether to normalize values first.
public struct PropertyValidationRuleInput: Codable, Hashable, Sendable {
    /// The rule's limits, as text.
    public var ruleArguments: [String]
    /// Whether the value is normalized before it is checked.
    public var shouldApplyNormalization: Bool?

    /// Creates a body.
    public init(ruleArguments: [String], shouldApplyNormalization: Bool? = nil) {
        self.ruleArguments = ruleArguments
        self.shouldApplyNormalization = shouldApplyNormalization
    }
}
