import Foundation

/// JSON coding as HubSpot speaks it: ISO 8601 UTC timestamps with milliseconds.
public enum HubSpotJSON {
    /// A decoder for HubSpot bodies (dates with or without fractional seconds).
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = HubSpotTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not an ISO 8601 timestamp: \(text.prefix(40))")
            }
            return date
        }
        return decoder
    }

    /// The deepest nesting Foundation's parser accepts.
    public static let maximumDepth = 512

    /// Decodes `type` from a body that came over the network: bodies nested deeper than ``maximumDepth`` are
    /// refused here, with the error Foundation would give, because Foundation traps instead of throwing when
    /// the opener past its limit is the body's last byte (`[` × 513, e.g. a deep body cut short). A body refused
    /// for invalid UTF-8 or a lone surrogate escape is decoded again with those replaced by U+FFFD.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, using decoder: JSONDecoder = decoder())
        throws -> T
    {
        if nestingExceedsLimit(data) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [],
                    debugDescription: "The given data was not valid JSON: nested more than \(maximumDepth) levels deep."
                ))
        }
        do {
            return try decoder.decode(type, from: data)
        } catch {
            // Only a body the strict decoder refused is mended, so a good body costs nothing extra; when mending
            // does not help, the first error is the one to report.
            guard let repaired = JSONTextRepair.repaired(data), let value = try? decoder.decode(type, from: repaired)
            else { throw error }
            return value
        }
    }

    /// Whether arrays and objects in `data` nest deeper than ``maximumDepth`` (brackets in strings not counted).
    static func nestingExceedsLimit(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            var depth = 0
            var inString = false
            var escaped = false
            for byte in bytes {
                if inString {
                    if escaped {
                        escaped = false
                    } else if byte == 0x5C {
                        escaped = true
                    } else if byte == 0x22 {
                        inString = false
                    }
                    continue
                }
                switch byte {
                case 0x22: inString = true
                case 0x5B, 0x7B:
                    depth += 1
                    if depth > maximumDepth { return true }
                case 0x5D, 0x7D: depth -= 1
                default: break
                }
            }
            return false
        }
    }

    /// An encoder producing HubSpot's timestamp format; `sortedKeys` keeps output stable for tests.
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(HubSpotTimestamp.format(date))
        }
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
        return encoder
    }
}

/// HubSpot's timestamp text, `2019-10-30T03:30:17.883Z`, parsed and printed without locale state.
public enum HubSpotTimestamp {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff…][Z|±HH:MM]`; `nil` if it is not that shape.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<start + count] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 19, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 32,
            bytes[13] == 58, bytes[16] == 58,
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
            let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), hour < 24, minute < 60,
            second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == 46 {
            index += 1
            var scale = 0.1
            while index < bytes.count, (48...57).contains(bytes[index]) {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        var offsetSeconds = 0
        if index < bytes.count {
            switch bytes[index] {
            case 90: index += 1  // Z
            case 43, 45:
                guard let oh = number(index + 1, 2) else { return nil }
                let colon = index + 3 < bytes.count && bytes[index + 3] == 58
                guard let om = number(index + (colon ? 4 : 3), 2) else { return nil }
                offsetSeconds = (oh * 3600 + om * 60) * (bytes[index] == 45 ? -1 : 1)
                index += colon ? 6 : 5
            default: return nil
            }
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    /// The days of `month` in `year` of the Gregorian calendar (February 29 in leap years): a day past them
    /// does not exist, and is refused rather than rolled into the next month.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A calendar day `YYYY-MM-DD` that exists, as midnight UTC; `nil` for any other shape or a day that
    /// does not exist (`2026-02-30`).
    public static func parseDay(_ text: String) -> Date? {
        text.utf8.count == 10 ? parse(text + "T00:00:00Z") : nil
    }

    /// A `date`/`datetime` property value in any form HubSpot stores or accepts: an ISO 8601
    /// timestamp, a `YYYY-MM-DD` day, or whole milliseconds since 1970 within the years 0000–9999.
    public static func parsePropertyValue(_ text: String) -> Date? {
        if let date = parse(text) ?? parseDay(text) { return date }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        // Milliseconds past the years `parse` reads are no date to show, and `format` traps on Int64's ends.
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (48...57).contains($0) }), let milliseconds = Int64(text),
            millisecondRange.contains(milliseconds)
        else {
            return nil
        }
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// 0000-01-01T00:00:00.000Z through 9999-12-31T23:59:59.999Z, in milliseconds since 1970.
    static let millisecondRange: ClosedRange<Int64> =
        Int64(daysFromCivil(year: 0, month: 1, day: 1)) * 86_400_000...Int64(
            daysFromCivil(year: 10_000, month: 1, day: 1)) * 86_400_000 - 1

    /// Formats as `YYYY-MM-DDTHH:MM:SS.fffZ` in UTC.
    public static func format(_ date: Date) -> String {
        let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
        let totalSeconds = (totalMilliseconds - milliseconds) / 1000
        let secondsOfDay = ((totalSeconds % 86_400) + 86_400) % 86_400
        let days = (totalSeconds - secondsOfDay) / 86_400
        let (year, month, day) = civilFromDays(days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondsOfDay / 3600, 2)):"
            + "\(pad(secondsOfDay % 3600 / 60, 2)):\(pad(secondsOfDay % 60, 2)).\(pad(milliseconds, 3))Z"
    }

    // Howard Hinnant's civil-calendar algorithms: exact for the proleptic Gregorian calendar.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
