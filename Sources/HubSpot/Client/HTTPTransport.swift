import Foundation

/// An HTTP method the HubSpot API uses.
public enum HTTPMethod: String, Sendable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"

    /// Whether sending the request twice has the same effect as once (safe to retry).
    public var isIdempotent: Bool { self != .post && self != .patch }
}

/// A request as the transport sends it: absolute URL, headers and body.
public struct HTTPRequest: Sendable, Hashable {
    /// The method.
    public var method: HTTPMethod
    /// The absolute URL, query included.
    public var url: URL
    /// Header fields.
    public var headers: [String: String]
    /// The body, if any.
    public var body: Data?

    /// Creates a request.
    public init(method: HTTPMethod, url: URL, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A response as the transport received it.
public struct HTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// Header fields, names lowercased.
    public var headers: [String: String]
    /// The body.
    public var body: Data

    /// Creates a response; header names are lowercased.
    public init(status: Int, headers: [String: String], body: Data) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
    }

    /// The value of a header, by case-insensitive name.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Sends HTTP requests. The client core talks to the network only through this protocol.
public protocol HTTPTransport: Sendable {
    /// Sends a request and returns the response, whatever its status; throws only when there is none.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
    /// How long one request may wait for its answer before the transport gives up, if it bounds that.
    var requestTimeout: TimeInterval? { get }
}

extension HTTPTransport {
    /// Unknown: a transport that does not bound its requests says nothing.
    public var requestTimeout: TimeInterval? { nil }
}
