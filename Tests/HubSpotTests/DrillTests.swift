import Foundation
import Sandbox
import SpokeTestSupport
import Synchronization
import Testing

@testable import HubSpot

/// Collects the client's events, for checking what it went through.
final class EventLog: Sendable {
    private let events = Mutex<[(at: ContinuousClock.Instant, event: ClientEvent)]>([])

    func record(_ event: ClientEvent) { events.withLock { $0.append((ContinuousClock.now, event)) } }

    var all: [ClientEvent] { events.withLock { $0.map(\.event) } }

    /// The most responses that arrived within any `window`: whether the client went faster than a budget.
    func busiestWindow(_ window: Duration) -> Int {
        let times = events.withLock { $0.filter { if case .response = $0.event { true } else { false } }.map(\.at) }
        var busiest = 0
        var first = 0
        for (last, time) in times.enumerated() {
            while times[first] < time - window { first += 1 }
            busiest = max(busiest, last - first + 1)
        }
        return busiest
    }

    var retries: [RetryReason] {
        all.compactMap { if case .retrying(_, _, let reason, _, _) = $0 { reason } else { nil } }
    }
}

@Suite("Fault drills: rate limits and injected server errors")
struct DrillTests {
    @Test("20 requests per 10 s and 20% injected 503s: 2,000 contacts paged, each exactly once, no error")
    func pagingThroughLimitsAndErrors() async throws {
        var configuration = SandboxConfiguration()
        configuration.contactCount = 2000
        configuration.traffic = TrafficPolicy(
            budget: RateBudget(requests: 20, interval: .seconds(10)),
            errorRate: 0.2, injectedStatuses: [503])
        let log = EventLog()
        let ids = try await withSandbox(configuration) { server in
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil,
                retryPolicy: RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(50)),
                observer: { log.record($0) })
            var ids: [String] = []
            var after: String?
            repeat {
                let page = try await client.listRecords("contacts", ListQuery(limit: 100, after: after))
                ids += page.results.map(\.id)
                after = page.nextAfter
            } while after != nil
            return ids
        }
        #expect(ids.count == 2000)
        #expect(Set(ids).count == 2000, "a contact came twice")
        let retries = log.retries
        #expect(retries.contains(.serverError(503)), "the drill injected no 503 the client saw")
        let responses = log.all.filter { if case .response = $0 { true } else { false } }
        #expect(responses.count > 20, "more than 20 requests must have crossed a 10 s window")
        let throttledOrLimited = log.all.contains {
            switch $0 {
            case .throttled: true
            case .retrying(_, _, .rateLimited, _, _): true
            default: false
            }
        }
        // On a loaded machine (the whole suite runs in parallel) paging can be slower than the budget, so the
        // budget is only bound to hold the client back when more than 20 answers came within some 10 s.
        let busiest = log.busiestWindow(.seconds(10))
        #expect(
            throttledOrLimited || busiest <= 20,
            "\(busiest) answers within 10 s, and the budget never held the client back")
    }

    @Test("a create is not repeated after a 503, but a read is")
    func createsAreNotRetriedBlindly() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic = TrafficPolicy(errorRate: 1.0, injectedStatuses: [503])
        try await withSandbox(configuration) { server in
            let log = EventLog()
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil,
                retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1)),
                observer: { log.record($0) })
            let create = HTTPRequest(
                method: .post, url: server.baseURL.appendingPathComponent("crm/v3/objects/contacts"))
            let read = HTTPRequest(
                method: .post, url: server.baseURL.appendingPathComponent("crm/v3/objects/contacts/batch/read"))
            #expect(!HubSpotClient.isSafeToRepeat(create))
            #expect(HubSpotClient.isSafeToRepeat(read))
            let error = await #expect(throws: HubSpotError.self) {
                _ = try await client.listRecords("contacts")
            }
            #expect(error?.status == 503)
            #expect(log.retries == [.serverError(503), .serverError(503)], "3 attempts: 2 retries")
        }
    }

    @Test("a spent budget answers 429 with HubSpot's body, policy and Retry-After; the client waits it out")
    func rateLimitAnswer() async throws {
        var configuration = SandboxConfiguration()
        // A long window, so a slow machine cannot see the budget refill between the three requests.
        configuration.traffic = TrafficPolicy(budget: RateBudget(requests: 2, interval: .seconds(30)))
        try await withSandbox(configuration) { server in
            // A bare transport: the client's pacer would (rightly) never overrun the budget.
            let transport = URLSessionTransport()
            let url = server.baseURL.appendingPathComponent("crm/v3/objects/contacts")
            var statuses: [Int] = []
            var last: HTTPResponse?
            for _ in 0..<3 {
                let response = try await transport.send(HTTPRequest(method: .get, url: url))
                statuses.append(response.status)
                last = response
            }
            #expect(statuses == [200, 200, 429])
            let response = try #require(last)
            #expect(response.header("Retry-After").flatMap(Int.init).map { (1...30).contains($0) } == true)
            #expect(response.header("X-HubSpot-RateLimit-Remaining") == "0")
            let body = try HubSpotJSON.decoder().decode(APIErrorBody.self, from: response.body)
            #expect(body.policyName == "TEN_SECONDLY_ROLLING")
            #expect(body.errorType == "RATE_LIMIT")
        }
        // A short window: a client pages through it without an error, held back or retried.
        configuration.traffic = TrafficPolicy(budget: RateBudget(requests: 2, interval: .seconds(1)))
        try await withSandbox(configuration) { quick in
            let log = EventLog()
            let patient = HubSpotClient(baseURL: quick.baseURL, credentials: nil, observer: { log.record($0) })
            for _ in 0..<5 {
                let page = try await patient.listRecords("contacts", ListQuery(limit: 1))
                #expect(page.results.count == 1)
            }
            #expect(
                log.all.contains {
                    if case .throttled = $0 { true } else if case .retrying = $0 { true } else { false }
                })
        }
    }

    @Test("responses carry the rate-limit headers the pacer learns from")
    func headers() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic = TrafficPolicy(budget: RateBudget(requests: 50, interval: .seconds(10)))
        try await withSandbox(configuration) { server in
            let log = EventLog()
            let client = HubSpotClient(baseURL: server.baseURL, credentials: nil, observer: { log.record($0) })
            _ = try await client.listRecords("contacts", ListQuery(limit: 1))
            _ = try await client.listRecords("contacts", ListQuery(limit: 1))
            let snapshots = log.all.compactMap { if case .response(_, _, _, _, let limit) = $0 { limit } else { nil } }
            #expect(snapshots.map(\.max) == [50, 50])
            #expect(snapshots.map(\.remaining) == [49, 48])
            #expect(snapshots.first?.intervalMilliseconds == 10_000)
        }
    }
}

@Suite("Retry policy and pacing")
struct PacingTests {
    @Test(
        "Retry-After is seconds, or milliseconds from 1000 on, capped",
        arguments: [
            ("2", 2000), ("0.5", 500), ("1500", 1500), ("999", 20_000), ("junk", -1),
        ])
    func retryAfter(value: String, milliseconds: Int) {
        let delay = RetryPolicy().delay(retryAfter: value)
        #expect(delay.map(RetryPolicy.milliseconds) ?? -1 == milliseconds)
    }

    @Test(
        "a Retry-After too large for any clock waits the longest wait, and does not trap (issue 15, item 3)",
        arguments: ["inf", "Infinity", "1e308", "99999999999999999999", "9223372036854775807"])
    func hugeRetryAfter(value: String) {
        #expect(RetryPolicy().delay(retryAfter: value) == .seconds(20))
    }

    @Test(
        "a Retry-After that is not a number of seconds is ignored (the backoff applies)", arguments: ["nan", "-1", ""])
    func meaninglessRetryAfter(value: String) {
        #expect(RetryPolicy().delay(retryAfter: value) == nil)
    }

    @Test("backoff grows and stays within the cap")
    func backoff() {
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maxDelay: .seconds(1))
        for attempt in 1...10 {
            let delay = RetryPolicy.milliseconds(policy.backoff(afterAttempt: attempt))
            #expect(delay >= 1 && delay <= min(1000, 100 << (attempt - 1)))
        }
    }

    /// Teaches `pacer` a budget of `max` requests per `milliseconds`, as an answer's headers would.
    @discardableResult
    private static func learn(_ pacer: RequestPacer = RequestPacer(), max: Int, milliseconds: Int) throws
        -> RequestPacer
    {
        let response = HTTPResponse(
            status: 200,
            headers: [
                "X-HubSpot-RateLimit-Max": "\(max)", "X-HubSpot-RateLimit-Remaining": "\(max - 1)",
                "X-HubSpot-RateLimit-Interval-Milliseconds": "\(milliseconds)",
            ], body: Data())
        pacer.learn(from: try #require(RateLimitSnapshot(response)))
        return pacer
    }

    @Test("the pacer holds the request that would overrun the learned budget")
    func pacer() throws {
        let pacer = RequestPacer()
        // Given instants, so a stalled machine cannot make the last wait shorter.
        let now = ContinuousClock.now
        #expect(pacer.admit(.general, now: now).delay == .zero, "no budget known yet")
        try Self.learn(pacer, max: 4, milliseconds: 1000)
        #expect(pacer.admit(.general, now: now + .milliseconds(50)).delay == .zero)
        #expect(pacer.admit(.general, now: now + .milliseconds(60)).delay == .zero)
        let wait = pacer.admit(.general, now: now + .milliseconds(100)).delay
        #expect(wait == .milliseconds(900), "3 in the window with a budget of 4−1: \(wait)")
    }

    @Test("a request counts from its answer, not its sending: one that arrived late cannot crowd the server's window")
    func pacerCountsFromTheAnswer() throws {
        let pacer = RequestPacer()
        let start = ContinuousClock.now
        let budget = RequestPacer.searchBudget
        var tickets: [RequestPacer.Ticket] = []
        for _ in 0..<budget.requests {
            let (wait, ticket) = pacer.admit(.search, now: start)
            #expect(wait == .zero)
            tickets.append(ticket)
        }
        // The answers came 300 ms after the searches were sent: they may have reached the server that late.
        for ticket in tickets { pacer.settle(ticket, answered: start + .milliseconds(300)) }
        // The sixth waits for them to leave the window counted from their answers (counted from their sending,
        // it would have waited 300 ms less, and could arrive within the server's second of theirs).
        let (wait, _) = pacer.admit(.search, now: start + .milliseconds(400))
        #expect(wait == budget.interval + .milliseconds(300) - .milliseconds(400), "\(wait)")
        // A ticket whose request already left the window is settled without effect.
        pacer.settle(tickets[1], answered: start + .seconds(60))
        let (later, _) = pacer.admit(.search, now: start + .seconds(3))
        #expect(later == .zero)
    }

    @Test("searches are paced on their own lane: 5 a second, apart from the general budget and its 429s")
    func pacerLanes() throws {
        let pacer = try Self.learn(max: 3, milliseconds: 10_000)
        // Given instants, so a stalled machine cannot shorten a wait (search's window is only 1.02 s).
        let now = ContinuousClock.now
        #expect(pacer.admit(.general, now: now).delay == .zero)
        #expect(pacer.admit(.general, now: now).delay == .zero)
        #expect(pacer.admit(.general, now: now).delay == .seconds(10), "the general budget of 3−1 is spent")
        for _ in 0..<RequestPacer.searchBudget.requests {
            #expect(pacer.admit(.search, now: now).delay == .zero, "searches do not count against the general budget")
        }
        #expect(
            pacer.admit(.search, now: now).delay == RequestPacer.searchBudget.interval,
            "the sixth search in a second waits")
        let fresh = RequestPacer()
        fresh.block(for: .seconds(5), lane: .search)
        #expect(fresh.reserve(.general) == .zero, "search's 429 holds searches only")
        #expect(fresh.reserve(.search) > .seconds(4))
        fresh.block(for: .seconds(5))
        #expect(fresh.reserve(.general) > .seconds(4), "a 429 of unknown policy holds every lane")
    }

    @Test("background work takes a tenth of the general budget, and waits while the user's requests hold half of it")
    func pacerBackgroundLane() throws {
        let pacer = try Self.learn(max: 101, milliseconds: 10_000)
        for _ in 0..<10 { #expect(pacer.reserve(.background) == .zero, "a tenth of 101−1 goes at once") }
        #expect(pacer.reserve(.background) > .seconds(9), "the eleventh waits for the window")
        #expect(pacer.reserve(.general) == .zero, "the user's request does not wait for background work")

        let busy = try Self.learn(max: 101, milliseconds: 10_000)
        for _ in 0..<50 { #expect(busy.reserve(.general) == .zero) }
        #expect(busy.reserve(.background) > .seconds(9), "half the budget is the user's: background work yields")
        #expect(busy.reserve(.general) == .zero)
    }
}
