import Foundation
import Sandbox
import SpokeTestSupport
import Testing

@testable import HubSpot

@Suite("Fault drills: dropped connections and spoiled bodies")
struct BodyFaultDrillTests {
    /// Runs `body` against a sandbox with `traffic`, with a client that retries quickly.
    private func withFaultySandbox(
        _ traffic: TrafficPolicy, _ body: (HubSpotClient, EventLog) async throws -> Void
    ) async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic = traffic
        try await withSandbox(configuration) { server in
            let log = EventLog()
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil,
                retryPolicy: RetryPolicy(
                    maxAttempts: 12, maxConnectionAttempts: 12,
                    baseDelay: .milliseconds(5), maxDelay: .milliseconds(50)),
                observer: { log.record($0) })
            try await body(client, log)
        }
    }

    @Test("malformed JSON in a 200 is a clear malformed-answer error, not a crash")
    func malformedJSON() async throws {
        try await withFaultySandbox(TrafficPolicy(bodyFault: .malformedJSON)) { client, _ in
            let error = await #expect(throws: HubSpotError.self) { _ = try await client.listRecords("contacts") }
            guard case .malformedResponse(let status, _) = error else {
                Issue.record("expected malformedResponse, got \(String(describing: error))")
                return
            }
            #expect(status == 200)
        }
    }

    @Test("an HTML page where JSON was expected names the content type it got")
    func wrongContentType() async throws {
        try await withFaultySandbox(TrafficPolicy(bodyFault: .wrongContentType)) { client, _ in
            let error = await #expect(throws: HubSpotError.self) { _ = try await client.listRecords("contacts") }
            #expect(error?.message.contains("expected JSON, got text/html") == true, "\(String(describing: error))")
        }
    }

    @Test("a body cut short fails with an error after bounded retries, never hangs")
    func truncatedBody() async throws {
        try await withFaultySandbox(TrafficPolicy(bodyFault: .truncatedBody)) { client, _ in
            let error = await #expect(throws: HubSpotError.self) { _ = try await client.listRecords("contacts") }
            #expect(error != nil && error != .cancelled)
        }
    }

    @Test("every connection dropped: a transport error after the retries are spent")
    func allDropped() async throws {
        try await withFaultySandbox(TrafficPolicy(dropRate: 1)) { client, log in
            let error = await #expect(throws: HubSpotError.self) { _ = try await client.listRecords("contacts") }
            guard case .transport = error else {
                Issue.record("expected a transport error, got \(String(describing: error))")
                return
            }
            #expect(!log.retries.isEmpty, "a GET on a dropped connection is safe to retry")
        }
    }

    @Test("30% of connections dropped and 10% 500/503: paging every contact completes, each once")
    func pagingThroughDrops() async throws {
        var traffic = TrafficPolicy(errorRate: 0.1, injectedStatuses: [500, 503], dropRate: 0.3)
        traffic.budget = RateBudget(requests: 10_000, interval: .seconds(10))
        try await withFaultySandbox(traffic) { client, log in
            var ids: [String] = []
            var after: String?
            repeat {
                let page = try await client.listRecords("contacts", ListQuery(limit: 100, after: after))
                ids += page.results.map(\.id)
                after = page.nextAfter
            } while after != nil
            #expect(ids.count == Set(ids).count, "a contact came twice")
            #expect(ids.count > 100)
            #expect(log.retries.contains { if case .connection = $0 { true } else { false } })
        }
    }
}
