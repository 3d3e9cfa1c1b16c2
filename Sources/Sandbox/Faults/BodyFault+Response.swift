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
        }
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
