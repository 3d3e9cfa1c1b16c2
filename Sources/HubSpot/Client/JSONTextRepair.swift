import Foundation

/// Mends the two text faults that make Foundation refuse a whole body over one string: bytes that are not UTF-8,
/// and `\u` escapes of half a surrogate pair (`"Kw\udc00ame"`, which JavaScript servers emit when they cut a
/// string between the halves of an emoji). Each becomes U+FFFD, which shows as "�" where the damage was, so one
/// bad value does not lose every other record on the page.
enum JSONTextRepair {
    /// `data` with every invalid UTF-8 sequence and every lone surrogate escape replaced by U+FFFD; `nil` when there
    /// is neither (the body's fault is something else, and the decoder's error stands).
    static func repaired(_ data: Data) -> Data? {
        // `String(decoding:)` replaces each invalid sequence with U+FFFD, as Unicode recommends.
        let text = String(decoding: data, as: UTF8.self)
        var changed = !text.utf8.elementsEqual(data)
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            guard inString, byte == backslash else {
                if byte == quote { inString.toggle() }
                out.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count, bytes[index + 1] == letterU, let unit = hexUnit(bytes, at: index + 2) else {
                // Any other escape (`\"`, `\\`, `\n`) is two bytes, and is copied whole so its second byte is not
                // taken for a quote or a backslash of its own.
                out.append(contentsOf: bytes[index..<min(index + 2, bytes.count)])
                index += 2
                continue
            }
            if (0xD800...0xDBFF).contains(unit), index + 12 <= bytes.count, bytes[index + 6] == backslash,
                bytes[index + 7] == letterU, let low = hexUnit(bytes, at: index + 8), (0xDC00...0xDFFF).contains(low)
            {
                out.append(contentsOf: bytes[index..<index + 12])
                index += 12
            } else if (0xD800...0xDFFF).contains(unit) {
                out.append(contentsOf: Array("\\uFFFD".utf8))
                changed = true
                index += 6
            } else {
                out.append(contentsOf: bytes[index..<index + 6])
                index += 6
            }
        }
        return changed ? Data(out) : nil
    }

    private static let quote: UInt8 = 0x22
    private static let backslash: UInt8 = 0x5C
    private static let letterU: UInt8 = 0x75

    /// The four hex digits at `start` as a UTF-16 code unit, if they are four hex digits.
    private static func hexUnit(_ bytes: [UInt8], at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[start..<start + 4] {
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }
}
