@testable import Sandbox

/// Values that break naive code: numbers past every integer type, strings that look like numbers or dates but
/// are not, huge or deeply nested values, text full of control characters, and tokens that are not JSON.
enum HostileValues {
    /// Valid JSON numbers at and past the edges of Int32, Int64, UInt64 and Double.
    static let numbers = [
        "0", "-0", "-1", "1.5", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551616", "1e308", "1e309", "-1e309",
        "1e-400", "4.9e-324", "123456789012345678901234567890", String(repeating: "9", count: 400), "0.1e1", "1E2",
    ]
    /// Number-like tokens JSON does not allow.
    static let invalidTokens = [
        "NaN", "Infinity", "-Infinity", "+1", ".5", "01", "1.", "0x1F", "1e", "--1", "nul", "tru", "'single'",
        "\"unterminated", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u00\"", "\"bad \\q escape\"", "{", "]", "",
    ]
    /// Strings that numbers, ids, cursors and dates are parsed from.
    static let numericTexts = [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999",
        "253402300800000", "-62135596800001", "1e999", "NaN", "-1", "0", " 42 ", "1.5", "0x10", "١٢٣",
    ]
    /// Timestamps that are almost, or not at all, ISO 8601.
    static let timestamps = [
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:60.999999999999Z", "2024-02-30T25:61:61Z",
        "2024-01-01T00:00:00+99:99", "2024-01-01T00:00:00.Z", "2024-01-01", "2024-01-01T00:00:00",
        "2024-01-01T00:00:00.000+0530", "２０２４-01-01T00:00:00Z", "2024-01-01T00:00:00.000Z\u{0}",
    ]
    /// Text that terminals, parsers and layout code trip on.
    static let texts = [
        "", " ", "\u{0}", "\u{1B}[31mred\u{1B}[0m", "\u{1B}]52;c;aGVsbG8=\u{7}", "\u{202E}evil", "\u{200B}",
        "e\u{301}\u{301}\u{301}", "👩‍👩‍👧‍👦", "\u{FFFD}", "a;b;;c", "<b>x</b>&amp;&nbsp;", "\r\n", "\\", "\"",
        "null", "true", "\u{85}\u{2028}", "/", "..", "%00", "𝕏",
    ]

    /// A value of another kind than `kind` (a JSON kind name), or any value when `kind` is nil.
    static func value(unlike kind: String? = nil, _ random: inout SeededRandom) -> JSONValue {
        while true {
            let candidate = anyValue(&random)
            if candidate.kind != kind { return candidate }
        }
    }

    /// A hostile string for a string, a hostile number for a number; `nil` for other kinds.
    static func sameKind(as value: JSONValue?, _ random: inout SeededRandom) -> JSONValue? {
        switch value {
        case .string?:
            switch random.index(4) {
            case 0: .string(random.pick(numericTexts))
            case 1: .string(random.pick(timestamps))
            case 2: .string(random.pick(texts))
            default: .string(longText(&random))
            }
        case .number?: .number(random.pick(numbers))
        default: nil
        }
    }

    /// A very long string: a repeated pattern up to 100,000 characters.
    static func longText(_ random: inout SeededRandom) -> String {
        let unit = random.pick(["a", "é", "😀", "\u{0}", "\\", "\u{1B}[", "x\u{301}"])
        return String(repeating: unit, count: random.pick([1_000, 10_000, 100_000]))
    }

    /// Arrays or objects nested `depth` deep around a number, as raw text (built without recursion).
    static func deepNesting(depth: Int, objects: Bool) -> JSONValue {
        let open = objects ? "{\"a\":" : "["
        let close = objects ? "}" : "]"
        return .raw(String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth))
    }

    private static func anyValue(_ random: inout SeededRandom) -> JSONValue {
        switch random.index(12) {
        case 0: return .null
        case 1: return .bool(random.chance(0.5))
        case 2, 3: return .number(random.pick(numbers))
        case 4: return .raw(random.pick(invalidTokens))
        case 5: return .string(random.pick(numericTexts))
        case 6: return .string(random.pick(timestamps))
        case 7: return .string(random.pick(texts))
        case 8: return .string(longText(&random))
        case 9: return .array(random.chance(0.5) ? [] : [.string(random.pick(texts)), .number(random.pick(numbers))])
        case 10: return .object(random.chance(0.5) ? [] : [(random.pick(texts), .number(random.pick(numbers)))])
        default: return deepNesting(depth: random.pick([2, 64, 600, 5_000]), objects: random.chance(0.5))
        }
    }
}
