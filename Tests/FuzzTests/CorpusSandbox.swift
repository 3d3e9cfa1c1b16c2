import Foundation
import Sandbox
import SpokeTestSupport
import Testing

@testable import HubSpot

/// The corpus: real bodies of every response type, as in-process sandboxes answer the client's own calls.
actor CorpusSandbox {
    /// One body and the target it is an answer of.
    struct Sample: Sendable {
        /// Index into ``ResponseTarget/all``.
        let target: Int
        /// The HTTP status it came with.
        let status: Int
        /// The body as received.
        let body: Data
        /// The body as a tree, for structure-aware mutation.
        let document: JSONValue
    }

    /// The OAuth app the corpus sandbox accepts, so the token endpoint's answer is in the corpus too.
    static let oauthApp = OAuthSession.App(clientID: "fuzz", clientSecret: "fuzz-secret", refreshToken: "fuzz-refresh")

    /// Collected once per test process and shared by every fuzz test.
    static let shared = CorpusSandbox()

    private var collected: [Sample]?

    /// Every sample, collecting them on first use.
    func samples() async throws -> [Sample] {
        if let collected { return collected }
        let samples = try await Self.collect()
        collected = samples
        return samples
    }

    private static func collect() async throws -> [Sample] {
        var configuration = SandboxConfiguration()
        configuration.oauth = OAuthIssuer(
            clientID: oauthApp.clientID, clientSecret: oauthApp.clientSecret,
            refreshToken: oauthApp.refreshToken)
        let samples = try await withSandbox(configuration) { server in
            let transport = RecordingTransport()
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: .oauth(OAuthSession(app: oauthApp)),
                transport: transport)
            var samples: [Sample] = []
            let ids = try await SampleIDs.lookUp(client)
            for (index, target) in ResponseTarget.all.enumerated() {
                for call in target.calls {
                    _ = transport.take()
                    // Error bodies come from calls that fail; the answer is what matters, not the outcome.
                    _ = try? await call(client, ids)
                    guard let answer = transport.take().last else { continue }
                    samples.append(try sample(index, answer))
                }
            }
            return samples
        }
        return samples + [try await rateLimitedAnswer()]
    }

    /// HubSpot's 429 body, from a sandbox that allows one request per ten seconds. Sent past the client, whose
    /// pacer would rightly wait out the budget instead of drawing the 429.
    private static func rateLimitedAnswer() async throws -> Sample {
        var configuration = SandboxConfiguration()
        configuration.traffic = TrafficPolicy(budget: RateBudget(requests: 1, interval: .seconds(10)))
        let answers = try await withSandbox(configuration) { server in
            let request = HTTPRequest(
                method: .get, url: server.baseURL.appendingPathComponent("account-info/v3/details"))
            let network = URLSessionTransport()
            return [try? await network.send(request), try? await network.send(request)]
        }
        let answer = try #require(answers.last ?? nil)
        #expect(answer.status == 429, "the second request within the budget should be refused")
        let errorTarget = try #require(ResponseTarget.all.firstIndex { $0.isErrorBody })
        return try sample(errorTarget, answer)
    }

    private static func sample(_ target: Int, _ answer: HTTPResponse) throws -> Sample {
        Sample(
            target: target, status: answer.status, body: answer.body,
            document: try JSONDecoder().decode(JSONValue.self, from: answer.body))
    }
}
