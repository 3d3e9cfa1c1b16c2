import Foundation

// Rules on numbers: bounds and decimal places.
extension ValidationRuleEvaluator {
    /// MIN_NUMBER / MAX_NUMBER `[bound]`, inclusive.
    static func bound(_ value: String, _ type: ValidationRuleType, _ arguments: [String]) -> Check {
        guard let text = arguments.first?.trimmingCharacters(in: .whitespaces), let limit = Double(text),
            limit.isFinite
        else { return .unknown }
        let number = DecimalNumber.parse(value.trimmingCharacters(in: .whitespaces))
        if type == .minNumber {
            return number.map { $0 >= limit } == true ? .pass : .fail("must be at least \(text)")
        }
        return number.map { $0 <= limit } == true ? .pass : .fail("must be at most \(text)")
    }

    /// DECIMAL `[places]`: at most that many digits after the point (`0`: whole numbers). Trailing zeros count
    /// for nothing (`1.50` has one decimal place).
    static func decimalPlaces(_ value: String, _ arguments: [String]) -> Check {
        guard let limit = arguments.first.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), limit >= 0
        else { return .unknown }
        guard let places = decimalPlaces(of: value.trimmingCharacters(in: .whitespaces)) else { return .unknown }
        guard places > limit else { return .pass }
        // Not `INVALID_DECIMAL`: that is the code of a value that is no number at all.
        return .fail(
            limit == 0 ? "must be a whole number" : "may have at most \(limit) decimal places",
            code: "INVALID_DECIMAL_PLACES")
    }

    /// The decimal places `text` writes (`1.25` → 2, `1.5e-3` → 4, `12e3` → 0); nil when it is no number.
    static func decimalPlaces(of text: String) -> Int? {
        let parts = text.lowercased().split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let exponent = parts.count == 2 ? Int(parts[1]) : 0
        guard let exponent, Double(text) != nil else { return nil }
        let mantissa = parts[0]
        let fraction = mantissa.split(separator: ".", maxSplits: 1).dropFirst().first ?? ""
        let significant = fraction.reversed().drop { $0 == "0" }.count
        return max(0, significant - exponent)
    }
}
