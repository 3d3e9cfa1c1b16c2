import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real transport: Foundation's URLSession (libcurl on Linux).
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    /// How long each request may wait for its answer (shown while one waits).
    public let requestTimeout: TimeInterval?

    /// Creates a transport with its own session; `timeout` bounds each request.
    public init(timeout: TimeInterval = 30) {
        requestTimeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpMaximumConnectionsPerHost = 6
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends the request; maps URLSession failures to `HubSpotError.transport` or `.cancelled`.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        do {
            let (data, response) = try await session.data(for: urlRequest)
            guard let http = response as? HTTPURLResponse else {
                throw HubSpotError.transport("not an HTTP response from \(request.url.host ?? "server")")
            }
            var headers: [String: String] = [:]
            for (key, value) in http.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            return HTTPResponse(status: http.statusCode, headers: headers, body: data)
        } catch let error as HubSpotError {
            throw error
        } catch is CancellationError {
            throw HubSpotError.cancelled
        } catch let error as URLError where error.code == .cancelled {
            throw HubSpotError.cancelled
        } catch {
            throw HubSpotError.transport(Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let urlError = error as? URLError else { return error.localizedDescription }
        switch urlError.code {
        case .cannotConnectToHost: return "connection refused"
        case .timedOut: return "timed out"
        case .cannotFindHost, .dnsLookupFailed: return "host not found"
        case .networkConnectionLost: return "connection lost"
        case .notConnectedToInternet: return "no network"
        default: return urlError.localizedDescription
        }
    }
}
