import Foundation
import HubSpot

/// Checks property values against a type's definitions the way HubSpot does before a write.
struct PropertyValidator: Sendable {
    private let definitions: [String: PropertyDefinition]
    /// The object type whose values these are (a contact's `email` must be an address).
    private let typeID: String
    /// The portal's validation rules of the type, by property name.
    private let rules: [String: [PropertyValidationRule]]

    init(
        definitions: [PropertyDefinition], typeID: String = "", rules: [String: [PropertyValidationRule]] = [:]
    ) {
        self.definitions = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.typeID = typeID
        self.rules = rules
    }

    /// The definition of `name`, if the type has one.
    func definition(_ name: String) -> PropertyDefinition? { definitions[name] }

    /// Every problem with `values`: unknown, read-only, and badly typed values, in name order.
    /// An empty string clears a value, so only its existence and writability are checked.
    func problems(in values: [String: String]) -> [SandboxAPIError.PropertyProblem] {
        values.keys.sorted().compactMap { name in
            let value = values[name] ?? ""
            guard let definition = definitions[name] else {
                return .init(name: name, code: "PROPERTY_DOESNT_EXIST", message: "Property \"\(name)\" does not exist")
            }
            if definition.isReadOnly {
                return .init(
                    name: name, code: "READ_ONLY_VALUE",
                    message: "\"\(name)\" is a read only property; its value cannot be set.")
            }
            guard !value.isEmpty else { return nil }
            if typeID == "0-1", name == "email", !ValidationRuleEvaluator.isEmailAddress(value) {
                return .init(name: name, code: "INVALID_EMAIL", message: "Email address \(value) is invalid")
            }
            // Since 2025-01-06 HubSpot refuses surrounding whitespace (invisible characters too) in every value
            // that is not a string: numbers, booleans, dates, options.
            if definition.type != "string", value != ValidationRuleEvaluator.trimmed(value) {
                return .init(
                    name: name, code: "INVALID_WHITESPACE",
                    message:
                        "\"\(value)\" has whitespace before or after it, which a \(definition.type) value may not have")
            }
            return Self.typeProblem(value, definition) ?? ruleProblem(value, definition)
        }
    }

    /// The first of the property's validation rules the value breaks, as HubSpot enforces them on every write
    /// (rules Spoke cannot evaluate are stored but not enforced; see decision 0032).
    private func ruleProblem(_ value: String, _ definition: PropertyDefinition) -> SandboxAPIError.PropertyProblem? {
        let broken = ValidationRuleEvaluator.violations(
            of: value, rules: rules[definition.name] ?? [], label: definition.label)
        return broken.first.map { .init(name: definition.name, code: $0.code, message: $0.message) }
    }

    /// Problems for required properties missing on create (`.all` names each; `.anyOf` names all of them).
    static func missingRequired(_ rule: RequiredProperties, in values: [String: String]) -> [SandboxAPIError
        .PropertyProblem]
    {
        let missing = rule.missing(from: values.mapValues { Optional($0) })
        switch rule {
        case .anyOf(let names) where !missing.isEmpty:
            let list = names.joined(separator: ", ")
            return missing.map {
                .init(
                    name: $0, code: "REQUIRED_FIELD",
                    message: "At least one of \(list) is required; \"\($0)\" is missing")
            }
        default:
            return missing.map { .init(name: $0, code: "REQUIRED_FIELD", message: "Property \"\($0)\" is required") }
        }
    }

    private static func typeProblem(_ value: String, _ definition: PropertyDefinition) -> SandboxAPIError
        .PropertyProblem?
    {
        let name = definition.name
        switch definition.type {
        case "number":
            // Decimal notation only, as HubSpot: Double alone would take "0x1p3".
            guard DecimalNumber.parse(value.trimmingCharacters(in: .whitespaces)) != nil else {
                return .init(name: name, code: "INVALID_DECIMAL", message: "\(value) was not a valid number.")
            }
        case "bool":
            guard ["true", "false"].contains(value.lowercased()) else {
                return .init(
                    name: name, code: "INVALID_BOOLEAN", message: "\(value) was not a valid boolean (true or false).")
            }
        case "date":
            guard isDate(value) else {
                return .init(
                    name: name, code: "INVALID_DATE",
                    message: "\(value) is not a valid date: use YYYY-MM-DD or epoch milliseconds at midnight UTC.")
            }
        case "datetime":
            guard isDateTime(value) else {
                return .init(
                    name: name, code: "INVALID_DATETIME",
                    message: "\(value) is not a valid datetime: use epoch milliseconds or ISO 8601.")
            }
        case "enumeration":
            let allowed = Set(definition.options.map(\.value))
            guard !allowed.isEmpty else { return nil }
            // Checkboxes hold several options joined with ';'.
            let parts =
                definition.fieldType == "checkbox"
                ? value.split(separator: ";", omittingEmptySubsequences: true).map(String.init) : [value]
            if let bad = parts.first(where: { !allowed.contains($0) }) {
                let options = definition.options.map(\.value).joined(separator: ", ")
                return .init(
                    name: name, code: "INVALID_OPTION",
                    message: "\(bad) was not one of the allowed options: [\(options)]")
            }
        default:
            break
        }
        return nil
    }

    private static func epochMilliseconds(_ text: String) -> Int64? {
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int64(text)
    }

    private static func isDate(_ value: String) -> Bool {
        if let milliseconds = epochMilliseconds(value) { return milliseconds % 86_400_000 == 0 }
        return HubSpotTimestamp.parseDay(value) != nil
    }

    private static func isDateTime(_ value: String) -> Bool {
        HubSpotTimestamp.parsePropertyValue(value) != nil
    }
}
