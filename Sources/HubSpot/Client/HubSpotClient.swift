import Foundation

/// The HubSpot CRM client core, shared by the TUI, the cache and the scriptable commands.
///
/// A value type over a transport: copies share the transport, and every call is independent.
public struct HubSpotClient: Sendable {
    /// The API root, e.g. `https://api.hubapi.com` or a sandbox's `http://127.0.0.1:PORT`.
    public let baseURL: URL
    let credentials: Credentials?
    let transport: any HTTPTransport
    /// How 429s, 5xx answers and lost connections are retried.
    public var retryPolicy: RetryPolicy
    /// Keeps requests within the budget the server's headers announce; shared by copies.
    public let pacer: RequestPacer
    /// Told about every response, retry and throttling wait (for status lines and request logs).
    public var observer: (@Sendable (ClientEvent) -> Void)?
    /// The generation spoken, shared by copies so that a fallback to legacy is made once for all of them.
    private var generation: GenerationSwitch

    /// The API generation the client speaks (its paths and shapes). Setting it gives this copy a generation
    /// of its own.
    public var apiVersion: APIVersion {
        get { generation.current }
        set { generation = GenerationSwitch(newValue) }
    }

    /// How long one request may wait for an answer (per attempt), when the transport says.
    public var requestTimeout: TimeInterval? { transport.requestTimeout }

    /// The paths of the generation the client speaks.
    public var endpoints: Endpoints { Endpoints(apiVersion) }

    /// Creates a client for `baseURL`, authenticating with `credentials` (none for an open sandbox).
    public init(
        baseURL: URL, credentials: Credentials?, transport: any HTTPTransport = URLSessionTransport(),
        retryPolicy: RetryPolicy = RetryPolicy(), observer: (@Sendable (ClientEvent) -> Void)? = nil,
        apiVersion: APIVersion = .standard
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.transport = transport
        self.retryPolicy = retryPolicy
        pacer = RequestPacer()
        self.observer = observer
        generation = GenerationSwitch(apiVersion)
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
        if let header = credentials?.authorizationHeader { headers["Authorization"] = header }
        if body != nil { headers["Content-Type"] = "application/json" }
        // The text was assembled from encoded parts, so it always forms a URL.
        return HTTPRequest(method: method, url: URL(string: text)!, headers: headers, body: body)
    }

    /// Sends a request and decodes a 2xx body as `T`; any other status becomes `HubSpotError.api`.
    func perform<T: Decodable>(_ request: HTTPRequest, as type: T.Type = T.self) async throws -> T {
        let response = try await send(request)
        if let contentType = response.header("Content-Type"), !contentType.lowercased().contains("json") {
            let snippet = String(decoding: response.body.prefix(80), as: UTF8.self)
            throw HubSpotError.malformedResponse(
                status: response.status, detail: "expected JSON, got \(contentType.prefix(60)): \(snippet)")
        }
        do {
            return try HubSpotJSON.decode(T.self, from: response.body)
        } catch {
            throw HubSpotError.malformedResponse(status: response.status, detail: Self.describe(error))
        }
    }

    /// Sends a request and checks for a 2xx status, ignoring the body (204 answers).
    func performWithoutBody(_ request: HTTPRequest) async throws {
        _ = try await send(request)
    }

    /// Sends a request within the budget, retrying what is safe to retry; throws `HubSpotError`
    /// for anything but 2xx once retries are spent.
    ///
    /// A 429 is always retried (the server did not act on the request), after `Retry-After` when
    /// given; except HubSpot's `DAILY` limit, which no wait within reason lifts. 5xx answers and lost
    /// connections are retried only for requests that are safe to repeat (see `isSafeToRepeat`), so a
    /// create is never sent twice blindly.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let version = generation.current
        do {
            return try await sendAuthorized(request)
        } catch HubSpotError.api(404, let body) where version.isDated && Self.isUnknownRoute(body) {
            // The portal does not know the dated path (an old proxy, a region lagging): the same call on the
            // legacy path, and legacy from then on when that answers, said once.
            guard let path = Endpoints.legacyPath(ofDated: request.url.path, version: version),
                var components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
            else { throw HubSpotError.api(status: 404, body: body) }
            components.percentEncodedPath = path
            guard let url = components.url else { throw HubSpotError.api(status: 404, body: body) }
            var legacy = request
            legacy.url = url
            let response = try await sendAuthorized(legacy)
            if generation.fallBackToLegacy() {
                observer?(.generationFallback(from: version, path: request.url.path))
            }
            return response
        }
    }

    /// A 404 that names no CRM object: an answer of something that does not know the path (a proxy's page,
    /// or the sandbox's `ROUTE_NOT_FOUND`), not a record that is missing.
    static func isUnknownRoute(_ body: APIErrorBody) -> Bool {
        body.category == nil || body.subCategory == "ROUTE_NOT_FOUND"
    }

    private func sendAuthorized(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard case .oauth(let session) = credentials else { return try await sendWithRetries(request) }
        var authorized = request
        let token = try await session.currentToken(using: self)
        authorized.headers["Authorization"] = "Bearer \(token)"
        do {
            return try await sendWithRetries(authorized)
        } catch HubSpotError.api(401, _) {
            // An expired access token: refresh once (shared with concurrent requests) and try again.
            authorized.headers["Authorization"] = "Bearer \(try await session.refresh(replacing: token, using: self))"
            return try await sendWithRetries(authorized)
        }
    }

    private func sendWithRetries(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.url.path
        let lane = Self.lane(of: request)
        var attempt = 1
        while true {
            // Background work waits its turn quietly: no "throttled" note for a wait nobody sees.
            let (wait, ticket) = pacer.admit(lane)
            try await pause(wait, throttled: lane != .background)
            let started = ContinuousClock.now
            let response: HTTPResponse
            do {
                try Task.checkCancellation()
                observer?(.sent(method: request.method, path: path))
                do {
                    response = try await transport.send(request)
                    pacer.settle(ticket)
                } catch {
                    pacer.settle(ticket)
                    observer?(.noAnswer(method: request.method, path: path, detail: String(describing: error)))
                    throw error
                }
            } catch let error as HubSpotError {
                guard case .transport(let detail) = error, Self.isSafeToRepeat(request),
                    attempt < retryPolicy.maxConnectionAttempts
                else { throw error }
                try await retry(
                    request, path, .connection(detail), &attempt, delay: retryPolicy.backoff(afterAttempt: attempt))
                continue
            } catch is CancellationError {
                throw HubSpotError.cancelled
            } catch {
                throw HubSpotError.transport(String(describing: error))
            }
            let snapshot = RateLimitSnapshot(response)
            if let snapshot { pacer.learn(from: snapshot) }
            observer?(
                .response(
                    method: request.method, path: path, status: response.status,
                    milliseconds: RetryPolicy.milliseconds(ContinuousClock.now - started), rateLimit: snapshot))
            if (200...299).contains(response.status) { return response }
            let error = Self.apiError(from: response)
            if response.status == 429, case .api(_, let body) = error, body.policyName != "DAILY",
                attempt < retryPolicy.maxAttempts
            {
                let retryAfter = response.header("Retry-After")
                let delay = retryPolicy.delay(retryAfter: retryAfter) ?? retryPolicy.backoff(afterAttempt: attempt)
                if let clamp = retryPolicy.clamp(retryAfter: retryAfter) {
                    observer?(.retryAfterClamped(method: request.method, path: path, clamp: clamp))
                }
                // HubSpot meters search apart: its 429 (SECONDLY) holds searches only, and the others' holds the rest.
                pacer.block(for: delay, lane: lane)
                try await retry(
                    request, path, .rateLimited(policy: body.policyName), &attempt, delay: .zero,
                    reported: delay)
                continue
            }
            if [500, 502, 503, 504].contains(response.status), Self.isSafeToRepeat(request),
                attempt < retryPolicy.maxAttempts
            {
                try await retry(
                    request, path, .serverError(response.status), &attempt,
                    delay: retryPolicy.backoff(afterAttempt: attempt))
                continue
            }
            throw error
        }
    }

    /// Reports a retry, waits `delay`, and counts the attempt.
    private func retry(
        _ request: HTTPRequest, _ path: String, _ reason: RetryReason, _ attempt: inout Int, delay: Duration,
        reported: Duration? = nil
    ) async throws {
        observer?(
            .retrying(
                method: request.method, path: path, reason: reason, attempt: attempt,
                delay: reported ?? delay))
        try await pause(delay, throttled: false)
        attempt += 1
    }

    private func pause(_ delay: Duration, throttled: Bool) async throws {
        guard delay > .zero else { return }
        if throttled { observer?(.throttled(delay: delay)) }
        do {
            try await Task.sleep(for: delay)
        } catch {
            throw HubSpotError.cancelled
        }
    }

    /// The budget `request` is metered against: CRM searches have their own (see `RequestPacer`); other requests
    /// made as background work (``RequestPacer/isBackground``) take the general budget's background share.
    static func lane(of request: HTTPRequest) -> RequestPacer.Lane {
        if request.method == .post && request.url.path.hasSuffix("/search") { return .search }
        return RequestPacer.isBackground ? .background : .general
    }

    /// GET, PUT, DELETE and PATCH (which sets the same values again) may be repeated; of POSTs,
    /// only those that read (`batch/read`, `search`). A create could land twice.
    static func isSafeToRepeat(_ request: HTTPRequest) -> Bool {
        switch request.method {
        case .get, .put, .delete, .patch: true
        case .post: request.url.path.hasSuffix("/batch/read") || request.url.path.hasSuffix("/search")
        }
    }

    /// Decodes HubSpot's error body; a body that is not one still yields a useful message.
    static func apiError(from response: HTTPResponse) -> HubSpotError {
        if let body = try? HubSpotJSON.decode(APIErrorBody.self, from: response.body),
            body.message != nil || body.category != nil
        {
            return .api(status: response.status, body: body)
        }
        let snippet = String(decoding: response.body.prefix(200), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let message =
            "HTTP \(response.status) (\(HTTPStatus.reason(response.status)))"
            + (snippet.isEmpty ? "" : ": \(snippet)")
        return .api(status: response.status, body: APIErrorBody(status: nil, message: message))
    }

    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        // Every message starts with where: a path such as `.results[3].id`, or "body" for the top level.
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? "body" : path
        }
        switch decoding {
        case .typeMismatch(let type, let context):
            return "\(path(context)): expected \(type); \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "\(path(context)): missing \(type)"
        case .keyNotFound(let key, let context):
            return "\(path(context)): missing key \"\(key.stringValue)\""
        case .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return String(describing: decoding)
        }
    }

    // MARK: - Encoding

    private static let unreservedQuery: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        set.insert(charactersIn: "-._~,")
        return set
    }()

    private static let unreservedPath: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(
            CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
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
