import Foundation
import HubSpot
import Hummingbird

/// Reads request bodies as JSON, answering HubSpot's 400 for bodies that do not parse. Every
/// route that takes a body goes through here, so limits and error answers are the same everywhere.
enum SandboxJSONInput {
    /// The most a sandbox request body may hold.
    static let maximumBytes = 16 << 20

    /// Decodes the request body as `T`; a blank body gives `empty` when the route allows one
    /// (search accepts `{}` or nothing, as HubSpot's docs say).
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, empty: T? = nil) async throws -> T {
        let buffer = try await request.body.collect(upTo: maximumBytes)
        return try decode(T.self, from: Data(buffer.readableBytesView), empty: empty)
    }

    /// Decodes `data` as `T`, or answers 400 naming what the decoder found wrong.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, empty: T? = nil) throws(SandboxAPIError) -> T {
        if let empty, data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return empty }
        do {
            return try HubSpotJSON.decode(T.self, from: data)
        } catch {
            throw .validation("Invalid input JSON: \(Self.describe(error))", code: "INVALID_JSON")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            return "missing required field '\(path)'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "at '\(path)': ") + context.debugDescription
        default:
            return String(describing: error)
        }
    }
}
