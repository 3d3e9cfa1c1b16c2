import Foundation
import HTTPTypes
import HubSpot
import Hummingbird
import Synchronization

/// Meters requests like HubSpot (rolling ten-second budget, search's per-second budget, daily
/// count, `X-HubSpot-RateLimit-*` headers, 429 with HubSpot's body and `Retry-After`), and injects
/// the latency and server errors that fault drills ask for.
struct TrafficMiddleware<Context: RequestContext>: RouterMiddleware {
    let policy: TrafficPolicy
    private let meter: TrafficMeter

    init(policy: TrafficPolicy, meter: TrafficMeter) {
        self.policy = policy
        self.meter = meter
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if policy.latency > .zero { try await Task.sleep(for: policy.latency) }
        let isSearch = request.method == .post && request.uri.path.hasSuffix("/search")
        let decision = (isSearch ? meter.search : meter.general).admit()
        meter.count(isSearch: isSearch, allowed: decision.allowed)
        guard decision.allowed else {
            return Self.tooManyRequests(isSearch: isSearch, retryAfter: decision.retryAfter, policy: policy)
        }
        let usedToday = meter.countToday()
        if let injected = injectedFailure() {
            return injected
        }
        var response = try await next(request, context)
        if let fault = policy.bodyFault, (200...299).contains(response.status.code),
            !policy.bodyFaultOnWritesOnly || Self.isWrite(request),
            meter.draw(rate: policy.bodyFaultRate, choices: 1).hit
        {
            response = try await fault.spoil(response)
        }
        // HubSpot sends no rate-limit headers on search answers.
        if !isSearch {
            let headers: [(String, Int)] = [
                ("X-HubSpot-RateLimit-Daily", policy.dailyLimit),
                ("X-HubSpot-RateLimit-Daily-Remaining", max(0, policy.dailyLimit - usedToday)),
                ("X-HubSpot-RateLimit-Interval-Milliseconds", policy.budget.intervalMilliseconds),
                ("X-HubSpot-RateLimit-Max", policy.budget.requests),
                ("X-HubSpot-RateLimit-Remaining", decision.remaining),
            ]
            for (name, value) in headers {
                if let field = HTTPField.Name(name) { response.headers[field] = String(value) }
            }
        }
        return response
    }

    /// Whether `request` changes something: any method but GET, except the POSTs that read.
    static func isWrite(_ request: Request) -> Bool {
        let path = request.uri.path
        return request.method != .get && !path.hasSuffix("/search") && !path.hasSuffix("/batch/read")
    }

    /// One of the configured 5xx answers for `errorRate` of requests, drawn from the seeded generator.
    private func injectedFailure() -> Response? {
        guard policy.errorRate > 0 else { return nil }
        let statuses = policy.injectedStatuses
        let (hit, pick) = meter.draw(rate: policy.errorRate, choices: statuses.count)
        guard hit else { return nil }
        let status = statuses[pick]
        let message = status == 500 ? "internal error" : "Service Unavailable (injected by spoke sandbox --error-rate)"
        return SandboxResponse.error(
            SandboxAPIError(
                status: status, category: status == 500 ? "INTERNAL_ERROR" : "SERVICE_UNAVAILABLE", message: message))
    }

    /// HubSpot's 429: its body (errorType, policyName), the rate-limit headers and `Retry-After` in seconds.
    static func tooManyRequests(isSearch: Bool, retryAfter: Duration, policy: TrafficPolicy) -> Response {
        let body = APIErrorBody(
            message: isSearch
                ? "You have reached your secondly limit." : "You have reached your ten_secondly_rolling limit.",
            correlationId: UUID().uuidString.lowercased(), category: "RATE_LIMITS", errorType: "RATE_LIMIT",
            policyName: isSearch ? "SECONDLY" : "TEN_SECONDLY_ROLLING", requestId: UUID().uuidString.lowercased())
        var response = SandboxResponse.json(body, status: .tooManyRequests)
        let seconds = max(
            1,
            Int(
                (Double(retryAfter.components.seconds)
                    + Double(retryAfter.components.attoseconds) / 1e18).rounded(.up)))
        response.headers[.retryAfter] = policy.retryAfter ?? String(seconds)
        if !isSearch {
            for (name, value) in [
                ("X-HubSpot-RateLimit-Max", policy.budget.requests),
                ("X-HubSpot-RateLimit-Remaining", 0),
                ("X-HubSpot-RateLimit-Interval-Milliseconds", policy.budget.intervalMilliseconds),
            ] {
                if let field = HTTPField.Name(name) { response.headers[field] = String(value) }
            }
        }
        return response
    }
}

/// The traffic middleware's mutable state, shared by every request.
final class TrafficMeter: Sendable {
    let general: RollingWindow
    let search: RollingWindow
    private let daily = Mutex(0)
    private let random: Mutex<SeededRandom>
    private let counts = Mutex(TrafficCounts())

    init(policy: TrafficPolicy, seed: UInt64) {
        general = RollingWindow(budget: policy.budget)
        search = RollingWindow(budget: policy.searchBudget)
        random = Mutex(SeededRandom(seed: seed ^ 0x5EED_FA17))
    }

    /// What the budgets admitted and refused so far.
    var totals: TrafficCounts { counts.withLock { $0 } }

    /// Counts one metering decision.
    func count(isSearch: Bool, allowed: Bool) {
        counts.withLock { counts in
            switch (isSearch, allowed) {
            case (false, true): counts.admitted += 1
            case (true, true): counts.searchesAdmitted += 1
            case (false, false): counts.refused += 1
            case (true, false): counts.searchesRefused += 1
            }
        }
    }

    /// Counts a request against the day and returns the day's total.
    func countToday() -> Int {
        daily.withLock { count in
            count += 1
            return count
        }
    }

    /// Whether a request is hit at `rate`, and which of `choices` failures it gets.
    func draw(rate: Double, choices: Int) -> (hit: Bool, pick: Int) {
        random.withLock { generator in (generator.fraction() < rate, generator.index(choices)) }
    }
}
