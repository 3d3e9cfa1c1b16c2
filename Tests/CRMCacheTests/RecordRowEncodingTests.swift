import Foundation
import Testing

@testable import CRMCache

/// The properties column is written by hand (decision 0044); it must stay the text `JSONEncoder` writes
/// with sorted keys, so rows written before and after read and compare alike.
@Suite("The properties column's JSON")
struct RecordRowEncodingTests {
    /// Every ASCII character alone and inside text, and non-ASCII text: accents precomposed and combining,
    /// an emoji, the line separator JSON allows raw, the replacement character, CJK.
    static let values: [String] =
        (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        + (0..<128).map { "a\(UnicodeScalar(UInt8($0)))b" }
        + ["", "é", "e\u{301}", "😀 ok", "line\u{2028}break", "\u{FFFD}", "東京", "a/b\\c\"d", "https://x.io/a?b=c"]

    @Test("each value, under its own key, is written as JSONEncoder writes it and reads back")
    func valuesMatchJSONEncoder() throws {
        for (index, value) in Self.values.enumerated() {
            let properties: [String: String?] = ["p\(index)": value, "missing": nil]
            #expect(
                RecordRow.encode(properties) == (try Self.encoderText(properties)), "value \(value.debugDescription)")
            #expect(try Self.decode(RecordRow.encode(properties)) == properties)
        }
    }

    @Test("keys are sorted as JSONEncoder sorts them: case, digits, underscores and non-ASCII")
    func keysSortLikeJSONEncoder() throws {
        let names = [
            "b", "a", "B", "A", "a10", "a2", "a_b", "ab", "_z", "Ä", "z", "hs_object_id", "email", "é/x", "\"q",
        ]
        let properties = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, String?.some("v\($0)")) })
        #expect(RecordRow.encode(properties) == (try Self.encoderText(properties)))
        #expect(try Self.decode(RecordRow.encode(properties)) == properties)
        #expect(RecordRow.encode([:]) == "{}")
    }

    private static func encoderText(_ properties: [String: String?]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(properties), as: UTF8.self)
    }

    private static func decode(_ text: String) throws -> [String: String?] {
        try JSONDecoder().decode([String: String?].self, from: Data(text.utf8))
    }
}
