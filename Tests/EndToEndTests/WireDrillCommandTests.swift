import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

/// The scriptable commands against a sandbox switched to misbehave on the wire (issue 15).
@Suite("spoke list against a misbehaving server (issue 15)")
struct WireDrillCommandTests {
    private func list(_ server: SandboxServer, timeout: Duration = .seconds(60)) async throws -> (Int32, String) {
        let spoke = try SpokeBinary.required()
        return try await ChildProcess.run(
            "/bin/sh",
            ["-c", "env -u HUBSPOT_ACCESS_TOKEN \(spoke) list contacts --limit 5 --base-url \(server.baseURL) 2>&1"],
            timeout: timeout)
    }

    @Test("Retry-After: inf on a 429 is waited as the client's longest wait, said on stderr, and the list arrives")
    func sillyRetryAfter() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic = TrafficPolicy(budget: RateBudget(requests: 1, interval: .seconds(5)))
        configuration.traffic.retryAfter = "inf"
        try await withSandbox(configuration) { server in
            // Spends the window's one request, so the command's first meets the 429.
            _ = try await HubSpotClient(baseURL: server.baseURL, credentials: nil).listRecords(
                "contacts", ListQuery(limit: 1))
            // The command waits its whole 20 s longest wait: the bound leaves room for a loaded machine.
            let (status, output) = try await list(server, timeout: .seconds(120))
            #expect(status == 0, "\(output)")
            #expect(output.contains("spoke: server asked to wait \"inf\" (Retry-After); waiting 20 s"), "\(output)")
            #expect(output.split(separator: "\n").count(where: { $0.first?.isNumber == true }) == 5, "\(output)")
        }
    }

    @Test(
        "a lone surrogate or a non-UTF-8 byte in one contact: all five rows, the bad one marked",
        arguments: [
            BodyFault.loneSurrogate, .invalidUTF8,
        ])
    func oneBadString(fault: BodyFault) async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic = TrafficPolicy(bodyFault: fault)
        try await withSandbox(configuration) { server in
            let (status, output) = try await list(server)
            #expect(status == 0, "\(output)")
            #expect(!output.contains("not valid JSON"), "\(output)")
            #expect(output.contains("\u{FFFD}"), "\(output)")
            #expect(output.split(separator: "\n").count(where: { $0.first?.isNumber == true }) == 5, "\(output)")
        }
    }
}
