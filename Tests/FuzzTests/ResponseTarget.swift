import Foundation

@testable import HubSpot

/// One response type the client decodes: the client calls that answer with it, and how to decode a body as
/// the client does and then read it as the screens do.
struct ResponseTarget: Sendable {
    /// A client call whose answer is this type (the sandbox answers them for the corpus).
    typealias Call = @Sendable (HubSpotClient, SampleIDs) async throws -> Void

    /// The type's name in figures and failures, e.g. "RecordPage".
    let name: String
    /// Whether the type is an error body, sent with a 4xx or 5xx status rather than a 2xx.
    let isErrorBody: Bool
    /// The calls that get bodies of this type; the first also feeds mutated bodies through the client.
    let calls: [Call]
    private let decodeAndRead: @Sendable (Data) throws -> Void

    /// A target decoding `type` with the client's decoder, then handing the value to `read`.
    init<T: Decodable & Sendable>(
        _ type: T.Type, name: String? = nil, isErrorBody: Bool = false, plainDecoder: Bool = false,
        read: @escaping @Sendable (T) -> Void = { _ in }, calls: [Call]
    ) {
        self.name = name ?? String(describing: type)
        self.isErrorBody = isErrorBody
        self.calls = calls
        decodeAndRead = { body in
            // The OAuth token answer is the one body the client decodes without HubSpot's date handling.
            read(
                try HubSpotJSON.decode(T.self, from: body, using: plainDecoder ? JSONDecoder() : HubSpotJSON.decoder()))
        }
    }

    /// Decodes `body` as the client does and reads the value as the screens do; throws what the decoder throws.
    func decode(_ body: Data) throws {
        try decodeAndRead(body)
    }
}
