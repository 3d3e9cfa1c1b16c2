import Foundation
import Synchronization

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
        // The association graph reads each associated type's labels and names at once (ten requests for five
        // types) and a sync runs several streams; at the old 6 the rest queued for a second round trip
        // (`spoke bench open --latency 100 --types 5`: a drew after 2.8 round trips). HubSpot limits requests
        // per second, not connections.
        configuration.httpMaximumConnectionsPerHost = 16
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
            let (data, response) = try await data(for: urlRequest)
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

    /// FoundationNetworking (Linux) creates and resumes a task with `DispatchQueue.sync` on the queue its curl work
    /// runs on, so `URLSession.data(for:)` blocks its caller while curl connects or polls. Called from the Swift
    /// concurrency pool (one thread per core: two here) that blocked the whole pool: in-process sandboxes could
    /// not answer, and 84 requests of one test run timed out (threads sampled with gdb, 2026-12-06). Tasks are
    /// therefore created and resumed on a serial queue of our own, whose thread is not one of the pool's.
    private static let launchQueue = DispatchQueue(label: "spoke.urlsession.launch")

    private func data(for request: URLRequest) async throws -> (Data, URLResponse) {
        let session = self.session
        let launch = Mutex<TaskLaunch?>(nil)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let started = TaskLaunch(continuation, queue: Self.launchQueue)
                launch.withLock { $0 = started }
                if Task.isCancelled { started.cancel() }
                started.start(session, request)
            }
        } onCancel: {
            launch.withLock { $0 }?.cancel()
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
