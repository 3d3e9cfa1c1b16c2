import Foundation

/// Checks a property value against HubSpot's validation rules: the one implementation the sandbox enforces
/// and the browser checks edits with, so the two never disagree.
///
/// Values are the text sent to HubSpot (a date as milliseconds, a number as typed). An empty value clears the
/// property and breaks no rule. The readings of `ruleArguments` are assumptions, written down in
/// docs/decisions/0032-property-validation-rules.md; a rule whose arguments do not read as expected is left
/// to the server (``RuleVerdict/cannotEvaluate``) rather than guessed at.
public enum ValidationRuleEvaluator {
    /// What a rule family found: kept, broken (what the value must be, and HubSpot's code), or not checkable.
    enum Check {
        case pass
        case fail(String, code: String? = nil)
        case unknown
    }

    /// Checks `value` of the property labelled `label` against `rule`.
    public static func evaluate(_ value: String, against rule: PropertyValidationRule, label: String) -> RuleVerdict {
        let text = rule.shouldApplyNormalization == true ? trimmed(value) : value
        guard !text.isEmpty else { return .passes }
        switch check(text, rule) {
        case .pass: return .passes
        case .unknown: return .cannotEvaluate
        case .fail(let requirement, let code):
            return .fails(
                RuleViolation(
                    ruleType: rule.ruleType, code: code ?? "INVALID_\(rule.ruleType.rawValue)",
                    message: "\(label) \(requirement) (\(rule.ruleType.rawValue))"))
        }
    }

    /// Every rule `value` breaks, in the rules' order; rules Spoke cannot check are skipped.
    public static func violations(of value: String, rules: [PropertyValidationRule], label: String) -> [RuleViolation] {
        rules.compactMap { rule in
            if case .fails(let violation) = evaluate(value, against: rule, label: label) { return violation }
            return nil
        }
    }

    /// Whether Spoke checks rules of `type` itself (given arguments it can read).
    public static func evaluatesLocally(_ type: ValidationRuleType) -> Bool {
        !serverOnly.contains(type) && type.isKnown
    }

    /// Types whose arguments have no reading Spoke is sure enough of to refuse a value by it.
    static let serverOnly: Set<ValidationRuleType> = [
        .afterDuration, .beforeDuration, .afterDatetimeDuration, .beforeDatetimeDuration, .daysOfWeek, .format,
        .phoneNumberWithExplicitCountryCode,
    ]

    private static func check(_ value: String, _ rule: PropertyValidationRule) -> Check {
        let arguments = rule.ruleArguments
        switch rule.ruleType {
        case .minLength, .maxLength: return length(value, rule.ruleType, arguments)
        case .alphanumeric: return alphanumeric(value, arguments)
        case .whitespace: return whitespace(value, arguments)
        case .specialCharacters: return specialCharacters(value, arguments)
        case .regex: return regex(value, arguments)
        case .minNumber, .maxNumber: return bound(value, rule.ruleType, arguments)
        case .decimal: return decimalPlaces(value, arguments)
        case .email: return isEmailAddress(value) ? .pass : .fail("must be an email address")
        case .domain: return isDomain(value) ? .pass : .fail("must be a domain name such as example.com")
        case .url: return urlHost(value) != nil ? .pass : .fail("must be a URL such as https://example.com")
        case .emailAllowedDomains, .emailBlockedDomains, .urlAllowedDomains, .urlBlockedDomains:
            return domains(value, rule.ruleType, arguments)
        case .startDate, .endDate, .startDatetime, .endDatetime: return dateBound(value, rule.ruleType, arguments)
        default: return .unknown
        }
    }

    /// `text` without the whitespace and invisible characters around it (zero-width space, joiner, BOM).
    public static func trimmed(_ text: String) -> String {
        let invisible = CharacterSet(charactersIn: "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}")
        return text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(invisible))
    }
}
