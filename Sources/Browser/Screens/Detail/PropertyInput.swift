import Foundation
import HubSpot

/// Turns what a person typed for a property into the value HubSpot stores, or says what is wrong.
///
/// Empty text clears the property (`""`). Enumerations take an option's value or label; multi-select
/// checkboxes take several joined with `;`; dates become midnight UTC in milliseconds, as HubSpot stores them.
public enum PropertyInput {
    /// The value to send for `text`, or a message naming what was wrong: its type's rules first, then the
    /// property's validation `rules` (those Spoke can evaluate; the server checks the others).
    public static func parse(
        _ text: String, for definition: PropertyDefinition?, rules: [PropertyValidationRule] = []
    ) -> Result<String, InputError> {
        parseValue(text, for: definition).flatMap { value in
            guard let definition,
                let broken = ValidationRuleEvaluator.violations(of: value, rules: rules, label: definition.label).first
            else { return .success(value) }
            return .failure(InputError(broken.message))
        }
    }

    private static func parseValue(_ text: String, for definition: PropertyDefinition?) -> Result<String, InputError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let definition, !trimmed.isEmpty else { return .success(trimmed) }
        if trimmed.count > maximumLength {
            return .failure(
                InputError(
                    "\(definition.label) is \(trimmed.count) characters long; HubSpot takes at most \(maximumLength)"))
        }
        switch definition.type {
        case "number":
            guard DecimalNumber.parse(trimmed) != nil else {
                return .failure(InputError("\(definition.label) takes a number, not \"\(trimmed)\""))
            }
            return .success(trimmed)
        case "bool":
            switch trimmed.lowercased() {
            case "true", "yes", "y", "1": return .success("true")
            case "false", "no", "n", "0": return .success("false")
            default: return .failure(InputError("\(definition.label) takes true or false, not \"\(trimmed)\""))
            }
        case "date":
            guard let day = HubSpotTimestamp.parseDay(trimmed) else {
                return .failure(InputError("\(definition.label) takes a date as YYYY-MM-DD, not \"\(trimmed)\""))
            }
            return .success(milliseconds(day))
        case "datetime":
            guard let instant = HubSpotTimestamp.parse(trimmed) ?? HubSpotTimestamp.parseDay(trimmed) else {
                return .failure(
                    InputError(
                        "\(definition.label) takes a time as YYYY-MM-DDTHH:MM:SSZ, not \"\(trimmed)\""))
            }
            return .success(milliseconds(instant))
        case "enumeration" where !definition.options.isEmpty:
            let parts =
                definition.fieldType == "checkbox"
                ? trimmed.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                : [trimmed]
            var values: [String] = []
            for part in parts where !part.isEmpty {
                guard
                    let option = definition.options.first(where: {
                        $0.value == part || $0.label.caseInsensitiveCompare(part) == .orderedSame
                    })
                else {
                    let choices = definition.options.prefix(8).map(\.label).joined(separator: ", ")
                    return .failure(InputError("\(definition.label) has no option \"\(part)\" (options: \(choices)…)"))
                }
                values.append(option.value)
            }
            return .success(values.joined(separator: ";"))
        default:
            return .success(trimmed)
        }
    }

    /// The longest value HubSpot stores in a property, in characters.
    public static let maximumLength = 65_536

    /// The text a person edits for a stored value: option labels for enumerations, days for dates.
    public static func editableText(_ value: String, for definition: PropertyDefinition?) -> String {
        guard let definition, !value.isEmpty else { return value }
        switch definition.type {
        case "enumeration": return definition.displayValue(value).replacingOccurrences(of: "; ", with: ";")
        case "date":
            guard let day = HubSpotTimestamp.parsePropertyValue(value) else { return value }
            return String(HubSpotTimestamp.format(day).prefix(10))
        case "datetime":
            guard let instant = HubSpotTimestamp.parsePropertyValue(value) else { return value }
            return HubSpotTimestamp.format(instant)
        default: return value
        }
    }

    private static func milliseconds(_ date: Date) -> String {
        String(Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }
}

/// What was wrong with typed input, in words a person can act on.
public struct InputError: Error, Equatable, Sendable {
    /// The message.
    public var message: String

    /// Creates an input error.
    public init(_ message: String) {
        self.message = message
    }
}
