import Foundation
import Hummingbird

extension BodyFault {
    /// The cursor every page names under `repeatedCursor`.
    static let repeatedCursorValue = "100"

    /// `response` spoiled the way this fault says; its status stays.
    func spoil(_ response: Response) async throws -> Response {
        let collector = CollectingBodyWriter()
        try await response.body.write(collector.asWriter())
        let original = collector.bytes
        var spoiled = response
        switch self {
        case .malformedJSON:
            let garbled = Data(original.prefix(original.count / 2)) + Data("\u{0}<<not json".utf8)
            spoiled.body = ResponseBody(byteBuffer: ByteBuffer(bytes: garbled))
        case .truncatedBody:
            let half = Data(original.prefix(original.count / 2))
            spoiled.body = ResponseBody(contentLength: original.count) { writer in
                try await writer.write(ByteBuffer(bytes: half))
                // Ending here with bytes still owed makes the server close the connection.
                throw SandboxFaultError.truncatedOnPurpose
            }
            spoiled.headers[.contentLength] = String(original.count)
        case .wrongContentType:
            let page = "<html><head><title>Gateway</title></head><body>Please sign in to the network.</body></html>"
            spoiled.headers[.contentType] = "text/html; charset=utf-8"
            spoiled.body = ResponseBody(byteBuffer: ByteBuffer(string: page))
        case .repeatedCursor:
            guard var page = try? JSONSerialization.jsonObject(with: Data(original)) as? [String: Any],
                var paging = page["paging"] as? [String: Any], var next = paging["next"] as? [String: Any]
            else { return response }
            next["after"] = Self.repeatedCursorValue
            paging["next"] = next
            page["paging"] = paging
            let body = try JSONSerialization.data(withJSONObject: page)
            spoiled.body = ResponseBody(byteBuffer: ByteBuffer(bytes: body))
            spoiled.headers[.contentLength] = String(body.count)
        case .loneSurrogate, .invalidUTF8:
            let bad = self == .loneSurrogate ? Array("\\udc00".utf8) : [0xFF]
            guard let body = Self.spoilingOneString(of: Data(original), with: bad) else { return response }
            spoiled.body = ResponseBody(byteBuffer: ByteBuffer(bytes: body))
            spoiled.headers[.contentLength] = String(body.count)
        }
        return spoiled
    }

    /// `body` with `bad` put inside one string: the first record's `firstname` (else its first non-empty string
    /// property, by name), after the value's second character, so `Kwame` becomes `Kw…ame`. A page spoils its
    /// first record, a record itself; `nil` for an answer without records.
    static func spoilingOneString(of body: Data, with bad: [UInt8]) -> Data? {
        guard var object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return nil }
        // JSONSerialization cannot write a lone surrogate or a non-UTF-8 byte, so a marker is written and swapped.
        let marker = "SPOKE-BAD-STRING-MARKER"
        func spoil(_ record: inout [String: Any]) -> Bool {
            guard var properties = record["properties"] as? [String: Any] else { return false }
            let names = ["firstname"] + properties.keys.sorted()
            guard let name = names.first(where: { (properties[$0] as? String)?.isEmpty == false }),
                let value = properties[name] as? String
            else { return false }
            properties[name] = String(value.prefix(2)) + marker + String(value.dropFirst(2))
            record["properties"] = properties
            return true
        }
        if var results = object["results"] as? [Any], var first = results.first as? [String: Any] {
            guard spoil(&first) else { return nil }
            results[0] = first
            object["results"] = results
        } else if !spoil(&object) {
            return nil
        }
        guard let written = try? JSONSerialization.data(withJSONObject: object),
            let range = written.range(of: Data(marker.utf8))
        else { return nil }
        var spoiled = written
        spoiled.replaceSubrange(range, with: bad)
        return spoiled
    }
}

/// Thrown to end a connection on purpose (dropped or truncated answers in drills).
enum SandboxFaultError: Error {
    case droppedOnPurpose
    case truncatedOnPurpose
}

/// Gathers a response body's bytes so a fault can rewrite them.
final class CollectingBodyWriter: @unchecked Sendable {
    // Used by one task at a time: the middleware awaits the whole write before reading `bytes`.
    private(set) var bytes = Data()

    func asWriter() -> Writer { Writer(owner: self) }

    struct Writer: ResponseBodyWriter {
        let owner: CollectingBodyWriter
        mutating func write(_ buffer: ByteBuffer) async throws {
            owner.bytes.append(contentsOf: buffer.readableBytesView)
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
