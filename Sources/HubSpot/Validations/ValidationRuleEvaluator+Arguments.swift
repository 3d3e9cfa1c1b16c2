import Foundation

// Arguments a rule cannot have: what a server refuses when the rule is set.
extension ValidationRuleEvaluator {
    /// Why `rule`'s arguments cannot be right, or nil. Only the readings Spoke relies on are checked (a count,
    /// a bound, a pattern, a list of domains); other types' arguments are taken as given.
    public static func argumentProblem(_ rule: PropertyValidationRule) -> String? {
        let first = rule.ruleArguments.first?.trimmingCharacters(in: .whitespaces) ?? ""
        switch rule.ruleType {
        case .minLength, .maxLength, .decimal:
            return Int(first).map { $0 >= 0 } == true
                ? nil : "\(rule.ruleType) takes one whole number of at least 0, not \(described(rule))"
        case .minNumber, .maxNumber:
            return Double(first)?.isFinite == true ? nil : "\(rule.ruleType) takes one number, not \(described(rule))"
        case .regex:
            return (try? NSRegularExpression(pattern: first)) != nil && !first.isEmpty
                ? nil : "REGEX takes a regular expression, not \(described(rule))"
        case .emailAllowedDomains, .emailBlockedDomains, .urlAllowedDomains, .urlBlockedDomains:
            return rule.ruleArguments.contains { !trimmed($0).isEmpty }
                ? nil : "\(rule.ruleType) takes one or more domains"
        default:
            return nil
        }
    }

    private static func described(_ rule: PropertyValidationRule) -> String {
        "[" + rule.ruleArguments.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
}
