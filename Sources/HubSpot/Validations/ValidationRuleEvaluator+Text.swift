import Foundation

// Rules on a text's length and characters.
extension ValidationRuleEvaluator {
    /// MIN_LENGTH / MAX_LENGTH `[n]`: characters as a person counts them.
    static func length(_ value: String, _ type: ValidationRuleType, _ arguments: [String]) -> Check {
        guard let limit = arguments.first.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), limit >= 0
        else { return .unknown }
        if type == .minLength {
            return value.count >= limit ? .pass : .fail("must be at least \(limit) characters")
        }
        return value.count <= limit ? .pass : .fail("must be at most \(limit) characters")
    }

    /// ALPHANUMERIC `[mode]`: `NUMERIC_ONLY` (HubSpot's documented example), `ALPHA_ONLY`, and `ALPHANUMERIC`
    /// (or `ALPHANUMERIC_ONLY`) for letters and digits; no spaces or punctuation in any mode.
    static func alphanumeric(_ value: String, _ arguments: [String]) -> Check {
        let isDigit = { (character: Character) in character.isASCII && character.isNumber }
        switch arguments.first?.uppercased() {
        case "NUMERIC_ONLY":
            return value.allSatisfy(isDigit) ? .pass : .fail("may contain digits only", code: "INVALID_NUMERIC")
        case "ALPHA_ONLY":
            return value.allSatisfy(\.isLetter) ? .pass : .fail("may contain letters only", code: "INVALID_ALPHA")
        case "ALPHANUMERIC", "ALPHANUMERIC_ONLY":
            return value.allSatisfy { $0.isLetter || isDigit($0) }
                ? .pass : .fail("may contain letters and digits only", code: "INVALID_ALPHANUMERIC")
        default:
            return .unknown
        }
    }

    /// WHITESPACE with no arguments: no whitespace anywhere. Arguments (a mode, presumably) are left to the server.
    static func whitespace(_ value: String, _ arguments: [String]) -> Check {
        guard arguments.allSatisfy({ $0.isEmpty }) else { return .unknown }
        return value.contains(where: \.isWhitespace) ? .fail("may not contain spaces") : .pass
    }

    /// SPECIAL_CHARACTERS with no arguments: letters, digits and spaces only. Arguments are left to the server.
    static func specialCharacters(_ value: String, _ arguments: [String]) -> Check {
        guard arguments.allSatisfy({ $0.isEmpty }) else { return .unknown }
        guard let special = value.first(where: { !($0.isLetter || $0.isNumber || $0.isWhitespace) }) else {
            return .pass
        }
        return .fail("may not contain special characters such as \(special)")
    }

    /// REGEX `[pattern, …]`: the whole value matches the pattern (ICU syntax, close to Java's); a pattern
    /// that does not compile here is left to the server.
    static func regex(_ value: String, _ arguments: [String]) -> Check {
        guard let pattern = arguments.first, !pattern.isEmpty,
            let expression = try? NSRegularExpression(pattern: "\\A(?:\(pattern))\\z")
        else { return .unknown }
        let range = NSRange(value.startIndex..., in: value)
        return expression.firstMatch(in: value, range: range) != nil ? .pass : .fail("must match \(pattern)")
    }
}
