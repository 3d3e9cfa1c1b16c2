import Foundation

/// The HubSpot CRM client core, shared by the TUI, the cache and the scriptable commands.
///
/// A value type over a transport: copies share the transport, and every call is independent.
public struct HubSpotClient: Sendable {
    /// The API root, e.g. `https://api.hubapi.com` or a sandbox's `http://127.0.0.1:PORT`.
    public let baseURL: URL
    let credentials: Credentials?
    let transport: any HTTPTransport

    /// Creates a client for `baseURL`, authenticating with `credentials` (none for an open sandbox).
    public init(baseURL: URL, credentials: Credentials?, transport: any HTTPTransport = URLSessionTransport()) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.transport = transport
    }

    // MARK: - Requests

    /// Builds a request to `path` (already percent-encoded) with `query`, and a JSON body if given.
    func makeRequest(
        _ method: HTTPMethod, _ path: String, query: [(String, String)] = [], body: Data? = nil
    ) -> HTTPRequest {
        var text = baseURL.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        text += path
        if !query.isEmpty {
            text += "?" + query.map { "\(Self.encodeQuery($0.0))=\(Self.encodeQuery($0.1))" }.joined(separator: "&")
        }
        var headers = ["Accept": "application/json", "User-Agent": "spoke/0.1"]
        if let credentials { headers["Authorization"] = credentials.authorizationHeader }
        if body != nil { headers["Content-Type"] = "application/json" }
        // The text was assembled from encoded parts, so it always forms a URL.
        return HTTPRequest(method: method, url: URL(string: text)!, headers: headers, body: body)
    }

    /// Sends a request and decodes a 2xx body as `T`; any other status becomes `HubSpotError.api`.
    func perform<T: Decodable>(_ request: HTTPRequest, as type: T.Type = T.self) async throws -> T {
        let response = try await send(request)
        do {
            return try HubSpotJSON.decoder().decode(T.self, from: response.body)
        } catch {
            throw HubSpotError.malformedResponse(status: response.status, detail: Self.describe(error))
        }
    }

    /// Sends a request and checks for a 2xx status, ignoring the body (204 answers).
    func performWithoutBody(_ request: HTTPRequest) async throws {
        _ = try await send(request)
    }

    /// Sends a request; throws `HubSpotError` for anything but 2xx.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as HubSpotError {
            throw error
        } catch is CancellationError {
            throw HubSpotError.cancelled
        } catch {
            throw HubSpotError.transport(String(describing: error))
        }
        guard (200...299).contains(response.status) else {
            throw Self.apiError(from: response)
        }
        return response
    }

    /// Decodes HubSpot's error body; a body that is not one still yields a useful message.
    static func apiError(from response: HTTPResponse) -> HubSpotError {
        if let body = try? HubSpotJSON.decoder().decode(APIErrorBody.self, from: response.body),
           body.message != nil || body.category != nil {
            return .api(status: response.status, body: body)
        }
        let snippet = String(decoding: response.body.prefix(200), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let message = "HTTP \(response.status) (\(HTTPStatus.reason(response.status)))"
            + (snippet.isEmpty ? "" : ": \(snippet)")
        return .api(status: response.status, body: APIErrorBody(status: nil, message: message))
    }

    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch decoding {
        case .typeMismatch(let type, let context):
            return "\(path(context)): expected \(type); \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "\(path(context)): missing \(type)"
        case .keyNotFound(let key, let context):
            return "\(path(context)): missing key \"\(key.stringValue)\""
        case .dataCorrupted(let context):
            return "\(path(context).isEmpty ? "body" : path(context)): \(context.debugDescription)"
        @unknown default:
            return String(describing: decoding)
        }
    }

    // MARK: - Encoding

    private static let unreservedQuery: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~,")
        return set
    }()

    private static let unreservedPath: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~@")
        return set
    }()

    static func encodeQuery(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreservedQuery) ?? text
    }

    /// Percent-encodes one path segment (an id, a type name, an email used as id).
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreservedPath) ?? text
    }
}
