import Foundation
import HubSpot
import Testing

/// The one evaluator the sandbox enforces rules with and the browser checks edits with.
@Suite("Validation rules: the shared evaluator")
struct ValidationRuleEvaluatorTests {
    private func verdict(_ value: String, _ type: ValidationRuleType, _ arguments: [String] = []) -> RuleVerdict {
        ValidationRuleEvaluator.evaluate(value, against: PropertyValidationRule(type, arguments), label: "Field")
    }

    private func passes(_ value: String, _ type: ValidationRuleType, _ arguments: [String] = []) -> Bool {
        verdict(value, type, arguments) == .passes
    }

    private func message(_ value: String, _ type: ValidationRuleType, _ arguments: [String] = []) -> String? {
        if case .fails(let violation) = verdict(value, type, arguments) { return violation.message }
        return nil
    }

    @Test("a broken rule names the property's label and the rule type")
    func messageNamesLabelAndRule() {
        let rule = PropertyValidationRule(.maxLength, ["20"])
        let result = ValidationRuleEvaluator.evaluate(String(repeating: "5", count: 21), against: rule, label: "Phone")
        #expect(
            result
                == .fails(
                    RuleViolation(
                        ruleType: .maxLength, code: "INVALID_MAX_LENGTH",
                        message: "Phone must be at most 20 characters (MAX_LENGTH)")))
    }

    @Test("lengths count characters as a person does; an empty value (a clear) breaks no rule")
    func lengths() {
        #expect(passes("12345", .maxLength, ["5"]) && !passes("123456", .maxLength, ["5"]))
        #expect(passes("🚀ab", .maxLength, ["3"]))
        #expect(
            passes("abc", .minLength, ["3"])
                && message("ab", .minLength, ["3"]) == "Field must be at least 3 characters (MIN_LENGTH)")
        #expect(passes("", .minLength, ["3"]))
        #expect(verdict("abc", .maxLength, ["many"]) == .cannotEvaluate)
    }

    @Test("number bounds are inclusive; decimal places ignore trailing zeros")
    func numbers() {
        #expect(passes("0", .minNumber, ["0"]) && !passes("-0.5", .minNumber, ["0"]))
        #expect(passes("10000000", .maxNumber, ["10000000"]) && !passes("10000000.01", .maxNumber, ["10000000"]))
        #expect(message("abc", .minNumber, ["1"]) == "Field must be at least 1 (MIN_NUMBER)")
        #expect(passes("1.25", .decimal, ["2"]) && passes("1.50", .decimal, ["1"]) && !passes("1.255", .decimal, ["2"]))
        #expect(message("1.5", .decimal, ["0"]) == "Field must be a whole number (DECIMAL)")
        #expect(passes("12e3", .decimal, ["0"]) && !passes("1.5e-3", .decimal, ["3"]))
    }

    @Test("ALPHANUMERIC modes: NUMERIC_ONLY, ALPHA_ONLY (INVALID_ALPHA), letters and digits; others to the server")
    func alphanumeric() {
        #expect(passes("02139", .alphanumeric, ["NUMERIC_ONLY"]) && !passes("021-39", .alphanumeric, ["NUMERIC_ONLY"]))
        #expect(message("A1", .alphanumeric, ["NUMERIC_ONLY"]) == "Field may contain digits only (ALPHANUMERIC)")
        #expect(passes("Zoë", .alphanumeric, ["ALPHA_ONLY"]))
        if case .fails(let violation) = verdict("R2D2", .alphanumeric, ["ALPHA_ONLY"]) {
            #expect(violation.code == "INVALID_ALPHA")
        } else {
            Issue.record("R2D2 is not letters only")
        }
        #expect(passes("R2D2", .alphanumeric, ["ALPHANUMERIC"]) && !passes("R2 D2", .alphanumeric, ["ALPHANUMERIC"]))
        #expect(verdict("x", .alphanumeric, ["SOMETHING_NEW"]) == .cannotEvaluate)
    }

    @Test("REGEX matches the whole value; a pattern that does not compile is left to the server")
    func regex() {
        #expect(passes("AB-123", .regex, ["[A-Z]{2}-\\d{3}"]) && !passes("xAB-123", .regex, ["[A-Z]{2}-\\d{3}"]))
        #expect(message("a", .regex, ["b|c"]) == "Field must match b|c (REGEX)")
        #expect(verdict("a", .regex, ["(unclosed"]) == .cannotEvaluate)
    }

    @Test("whitespace and special characters, without arguments; with arguments they are the server's")
    func characters() {
        #expect(passes("nospace", .whitespace) && !passes("a b", .whitespace))
        #expect(verdict("a b", .whitespace, ["SOME_MODE"]) == .cannotEvaluate)
        #expect(passes("Zoë 42", .specialCharacters) && message("a#b", .specialCharacters)?.contains("#") == true)
    }

    @Test("email, domain and URL formats; allowed and blocked domains cover subdomains")
    func addresses() {
        #expect(passes("ada@example.com", .email) && !passes("ada@", .email) && !passes("a b@example.com", .email))
        #expect(passes("sakura.co.jp", .domain) && passes("münchen.de", .domain))
        #expect(!passes("https://example.com", .domain) && !passes("example", .domain) && !passes("-a.com", .domain))
        #expect(passes("https://www.example.com/pricing?x=1", .url) && passes("example.com", .url))
        #expect(!passes("ftp://example.com", .url) && !passes("not a url", .url) && !passes("http://x", .url))
        #expect(passes("ada@mail.example.com", .emailAllowedDomains, ["example.com"]))
        #expect(
            message("ada@other.org", .emailAllowedDomains, ["example.com", "example.org"])
                == "Field must be an email address at example.com, example.org (EMAIL_ALLOWED_DOMAINS)")
        #expect(
            !passes("ada@GMAIL.com", .emailBlockedDomains, ["gmail.com"])
                && passes("ada@x.io", .emailBlockedDomains, ["gmail.com"]))
        #expect(passes("https://docs.example.com/a", .urlAllowedDomains, ["example.com"]))
        #expect(!passes("https://evil.test", .urlAllowedDomains, ["example.com"]))
        #expect(
            message("http://spam.test/x", .urlBlockedDomains, ["spam.test"])
                == "Field may not be a URL on spam.test (URL_BLOCKED_DOMAINS)")
        #expect(verdict("x@y.com", .emailAllowedDomains, []) == .cannotEvaluate)
    }

    @Test("date bounds take any form a date property does")
    func dates() {
        let day = "1767225600000"  // 2026-01-01
        #expect(passes(day, .startDate, ["2026-01-01"]) && !passes("1767139200000", .startDate, ["2026-01-01"]))
        #expect(message("2026-03-01", .endDate, ["2026-02-28"]) == "Field must be on or before 2026-02-28 (END_DATE)")
        #expect(passes("2026-01-01T10:00:00Z", .endDatetime, ["2026-01-01T12:00:00Z"]))
        #expect(verdict(day, .startDate, ["next tuesday"]) == .cannotEvaluate)
    }

    @Test("types Spoke does not read are left to the server, unknown ones too")
    func serverOnly() {
        for type in [
            ValidationRuleType.format, .afterDuration, .daysOfWeek, .phoneNumberWithExplicitCountryCode, "NEW_RULE",
        ] {
            #expect(verdict("anything", type, ["X"]) == .cannotEvaluate, "\(type)")
            #expect(!ValidationRuleEvaluator.evaluatesLocally(type))
        }
        #expect(ValidationRuleEvaluator.evaluatesLocally(.maxLength))
    }

    @Test("shouldApplyNormalization checks the value without the whitespace around it")
    func normalization() {
        let rule = PropertyValidationRule(.alphanumeric, ["NUMERIC_ONLY"], shouldApplyNormalization: true)
        #expect(ValidationRuleEvaluator.evaluate(" 123 ", against: rule, label: "Zip") == .passes)
        #expect(!passes(" 123 ", .alphanumeric, ["NUMERIC_ONLY"]))
    }

    @Test("the per-property list HubSpot embeds in a VALIDATION_ERROR message is read when there is one")
    func embeddedResults() {
        let body = APIErrorBody(
            message:
                #"Property values were not valid: [{"isValid":false,"message":"Fn must be letters","error":"INVALID_ALPHA","name":"firstname"}]"#,
            category: "VALIDATION_ERROR")
        #expect(
            body.propertyValidationResults
                == [PropertyValidationResult(message: "Fn must be letters", error: "INVALID_ALPHA", name: "firstname")])
        #expect(
            APIErrorBody(message: "Property values were not valid", category: "VALIDATION_ERROR")
                .propertyValidationResults.isEmpty)
        #expect(APIErrorBody(message: "[not json]", category: "VALIDATION_ERROR").propertyValidationResults.isEmpty)
    }

    @Test("rule types decode whatever HubSpot sends, known or not")
    func ruleTypeDecoding() throws {
        let json = #"{"ruleType":"SOMETHING_NEW","ruleArguments":["1"]}"#
        let rule = try HubSpotJSON.decode(PropertyValidationRule.self, from: Data(json.utf8))
        #expect(rule.ruleType.rawValue == "SOMETHING_NEW" && !rule.ruleType.isKnown && rule.ruleArguments == ["1"])
        #expect(ValidationRuleType.known.count == 27)
    }
}
