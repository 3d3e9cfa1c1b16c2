import Foundation
import Sandbox
import SpokeTestSupport
import Testing

@testable import HubSpot

@Suite("Fault drills: a Retry-After no client should wait (issue 15, item 3)")
struct RetryAfterDrillTests {
    @Test(
        "the sandbox's --retry-after reaches the client, which waits its own maximum and says so",
        arguments: ["inf", "1e308", "99999999999999999999"])
    func sillyRetryAfterIsClampedAndSaid(value: String) async throws {
        var configuration = SandboxConfiguration()
        // One search per two minutes: the second client's first search (its pacer has learnt nothing yet) meets a
        // 429, and so does every retry, however slow the machine. Search's lane, because its 429s carry no
        // rate-limit headers for the pacer to learn a two-minute wait from: each retry waits only the clamp.
        configuration.traffic.searchBudget = RateBudget(requests: 1, interval: .seconds(120))
        configuration.traffic.retryAfter = value
        try await withSandbox(configuration) { server in
            let first = HubSpotClient(baseURL: server.baseURL, credentials: nil)
            _ = try await first.search("contacts", SearchRequest(limit: 1))
            let log = EventLog()
            let second = HubSpotClient(
                baseURL: server.baseURL, credentials: nil,
                retryPolicy: RetryPolicy(maxAttempts: 3, maxDelay: .milliseconds(400)), observer: { log.record($0) })
            let started = ContinuousClock.now
            let error = await #expect(throws: HubSpotError.self) {
                try await second.search("contacts", SearchRequest(limit: 1))
            }
            #expect(error?.status == 429, "three 429s end the call: \(String(describing: error))")
            #expect(ContinuousClock.now - started >= .milliseconds(800), "two clamped waits of 0.4 s")
            let clamps = log.all.compactMap { if case .retryAfterClamped(_, _, let clamp) = $0 { clamp } else { nil } }
            let clamp = try #require(clamps.first, "no clamp was reported: \(log.all)")
            #expect(clamp.asked == value || clamp.asked.hasSuffix("…"))
            #expect(clamp.waiting == .milliseconds(400))
            #expect(clamp.description.hasPrefix("server asked to wait \"\(value.prefix(5))"), "\(clamp)")
            #expect(clamp.description.hasSuffix("waiting 0.4 s"), "\(clamp)")
            #expect(log.retries == [.rateLimited(policy: "SECONDLY"), .rateLimited(policy: "SECONDLY")])
        }
    }

    @Test("a Retry-After within the longest wait is taken as asked and not reported")
    func saneRetryAfterIsNotReported() {
        let policy = RetryPolicy(maxDelay: .seconds(20))
        #expect(policy.clamp(retryAfter: "5") == nil)
        #expect(policy.clamp(retryAfter: "1500") == nil, "1000 and more are milliseconds")
        #expect(policy.clamp(retryAfter: "nan") == nil && policy.clamp(retryAfter: "-1") == nil)
        #expect(
            policy.clamp(retryAfter: "21")?.description == "server asked to wait \"21\" (Retry-After); waiting 20 s")
        #expect(policy.delay(retryAfter: "inf") == .seconds(20))
    }
}
