import Foundation
import HubSpot
import Hummingbird

/// Reads request bodies as JSON, answering HubSpot's 400 for bodies that do not parse.
enum SandboxJSONInput {
    /// The most a sandbox request body may hold.
    static let maximumBytes = 16 << 20

    /// Decodes the request body as `T`.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer = try await request.body.collect(upTo: maximumBytes)
        let data = Data(buffer.readableBytesView)
        do {
            return try HubSpotJSON.decoder().decode(T.self, from: data)
        } catch {
            throw SandboxAPIError.validation("Invalid input JSON: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
            return "missing required field '\(path)'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case .dataCorrupted(let context)?:
            return context.debugDescription
        default:
            return String(describing: error)
        }
    }
}
