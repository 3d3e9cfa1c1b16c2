import HubSpot
import Synchronization

/// Sends requests over the network and keeps every response, so the corpus holds exactly the bodies the client got.
final class RecordingTransport: HTTPTransport {
    private let network = URLSessionTransport()
    private let responses = Mutex<[HTTPResponse]>([])

    /// Sends `request` and keeps its response.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await network.send(request)
        responses.withLock { $0.append(response) }
        return response
    }

    /// The responses kept since the last call, oldest first.
    func take() -> [HTTPResponse] {
        responses.withLock { kept in
            defer { kept = [] }
            return kept
        }
    }
}
