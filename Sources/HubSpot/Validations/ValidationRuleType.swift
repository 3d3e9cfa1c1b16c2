/// The kind of a property validation rule (`ruleType`), e.g. `MAX_LENGTH`.
///
/// A struct over the raw text rather than an enum: HubSpot adds rule types, and a rule of a type this build
/// does not know must still decode, be shown and be left to the server to enforce.
public struct ValidationRuleType: RawRepresentable, Codable, Hashable, Sendable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// HubSpot's name of the type, e.g. `MAX_LENGTH`.
    public let rawValue: String

    /// A rule type by HubSpot's name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A rule type by HubSpot's name, written as a literal.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Decodes the bare string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The name, as HubSpot spells it.
    public var description: String { rawValue }

    /// Orders by name, so listings are stable.
    public static func < (lhs: ValidationRuleType, rhs: ValidationRuleType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Whether the type is one of the 27 the specs (v3, 2026-03, 2026-09) list.
    public var isKnown: Bool { Self.known.contains(self) }

    // MARK: - The types the specs list

    /// A datetime at least a duration after now.
    public static let afterDatetimeDuration: ValidationRuleType = "AFTER_DATETIME_DURATION"
    /// A date at least a duration after today.
    public static let afterDuration: ValidationRuleType = "AFTER_DURATION"
    /// Only letters, only digits, or only both (`NUMERIC_ONLY`, …).
    public static let alphanumeric: ValidationRuleType = "ALPHANUMERIC"
    /// A datetime at least a duration before now.
    public static let beforeDatetimeDuration: ValidationRuleType = "BEFORE_DATETIME_DURATION"
    /// A date at least a duration before today.
    public static let beforeDuration: ValidationRuleType = "BEFORE_DURATION"
    /// A date on some days of the week only.
    public static let daysOfWeek: ValidationRuleType = "DAYS_OF_WEEK"
    /// At most a number of decimal places.
    public static let decimal: ValidationRuleType = "DECIMAL"
    /// A domain name.
    public static let domain: ValidationRuleType = "DOMAIN"
    /// An email address.
    public static let email: ValidationRuleType = "EMAIL"
    /// An email address at one of the listed domains.
    public static let emailAllowedDomains: ValidationRuleType = "EMAIL_ALLOWED_DOMAINS"
    /// An email address at none of the listed domains.
    public static let emailBlockedDomains: ValidationRuleType = "EMAIL_BLOCKED_DOMAINS"
    /// A date on or before a day.
    public static let endDate: ValidationRuleType = "END_DATE"
    /// A datetime on or before an instant.
    public static let endDatetime: ValidationRuleType = "END_DATETIME"
    /// A case or format mode.
    public static let format: ValidationRuleType = "FORMAT"
    /// At most a number of characters.
    public static let maxLength: ValidationRuleType = "MAX_LENGTH"
    /// At most a number.
    public static let maxNumber: ValidationRuleType = "MAX_NUMBER"
    /// At least a number of characters.
    public static let minLength: ValidationRuleType = "MIN_LENGTH"
    /// At least a number.
    public static let minNumber: ValidationRuleType = "MIN_NUMBER"
    /// A phone number that starts with its country code.
    public static let phoneNumberWithExplicitCountryCode: ValidationRuleType =
        "PHONE_NUMBER_WITH_EXPLICIT_COUNTRY_CODE"
    /// Matches a regular expression.
    public static let regex: ValidationRuleType = "REGEX"
    /// No special characters.
    public static let specialCharacters: ValidationRuleType = "SPECIAL_CHARACTERS"
    /// A date on or after a day.
    public static let startDate: ValidationRuleType = "START_DATE"
    /// A datetime on or after an instant.
    public static let startDatetime: ValidationRuleType = "START_DATETIME"
    /// A URL.
    public static let url: ValidationRuleType = "URL"
    /// A URL on one of the listed domains.
    public static let urlAllowedDomains: ValidationRuleType = "URL_ALLOWED_DOMAINS"
    /// A URL on none of the listed domains.
    public static let urlBlockedDomains: ValidationRuleType = "URL_BLOCKED_DOMAINS"
    /// No whitespace.
    public static let whitespace: ValidationRuleType = "WHITESPACE"

    /// Every type the specs list.
    public static let known: Set<ValidationRuleType> = [
        afterDatetimeDuration, afterDuration, alphanumeric, beforeDatetimeDuration, beforeDuration, daysOfWeek,
        decimal, domain, email, emailAllowedDomains, emailBlockedDomains, endDate, endDatetime, format, maxLength,
        maxNumber, minLength, minNumber, phoneNumberWithExplicitCountryCode, regex, specialCharacters, startDate,
        startDatetime, url, urlAllowedDomains, urlBlockedDomains, whitespace,
    ]
}
