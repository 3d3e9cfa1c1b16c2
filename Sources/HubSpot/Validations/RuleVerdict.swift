/// What came of checking one value against one validation rule.
public enum RuleVerdict: Sendable, Hashable {
    /// The value keeps the rule.
    case passes
    /// The value breaks the rule.
    case fails(RuleViolation)
    /// Spoke cannot check this rule itself (an unknown type, or arguments it cannot read); the server decides.
    case cannotEvaluate
}
