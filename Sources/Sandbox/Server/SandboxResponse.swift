import Foundation
import HubSpot
import Hummingbird

/// Builds the sandbox's JSON answers: HubSpot's encoder, content type and error bodies.
enum SandboxResponse {
    /// HubSpot sends this exact content type on JSON answers.
    static let contentType = "application/json;charset=utf-8"

    /// HubSpot's encoder (sorted keys keep answers byte-stable), minus the `\/` escaping HubSpot does not do.
    static func encoder() -> JSONEncoder {
        let encoder = HubSpotJSON.encoder()
        encoder.outputFormatting.insert(.withoutEscapingSlashes)
        return encoder
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        do {
            let data = try encoder().encode(value)
            return Response(
                status: status, headers: [.contentType: contentType],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        } catch {
            return self.error(.internalError("could not encode the response: \(error)"))
        }
    }

    /// An error answer with a fresh correlation id, as every HubSpot error carries one.
    static func error(_ error: SandboxAPIError) -> Response {
        var body = error.body
        body.correlationId = UUID().uuidString.lowercased()
        let status = HTTPResponse.Status(code: error.status)
        guard let data = try? encoder().encode(body) else {
            return Response(status: status)
        }
        return Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
