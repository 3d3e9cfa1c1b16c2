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
        // One request per 15 s: the command's first request, sent well within 15 s of the test's, meets the 429;
        // its retry, after the 20 s clamped wait, finds the window free.
        configuration.traffic = TrafficPolicy(budget: RateBudget(requests: 1, interval: .seconds(15)))
        configuration.traffic.retryAfter = "inf"
        try await withSandbox(configuration) { server in
            // Spends the window's one request, so the command's first meets the 429.
            _ = try await HubSpotClient(baseURL: server.baseURL, credentials: nil).listRecords(
                "contacts", ListQuery(limit: 1))
            // The command waits its whole 20 s longest wait: the bound leaves room for a loaded machine.
            let (status, output) = try await list(server, timeout: .seconds(120))
            #expect(status == 0, "\(output)")
            #expect(output.contains("spoke: server asked to wait \"inf\" (Retry-After); waiting 20 s"), "\(output)")
            #expect(
                output.split(separator: "\n").count(where: { $0.first?.isNumber == true && !$0.hasSuffix("or --all)") })
                    == 5, "\(output)")
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
            #expect(
                output.split(separator: "\n").count(where: { $0.first?.isNumber == true && !$0.hasSuffix("or --all)") })
                    == 5, "\(output)")
        }
    }

    private func shell(_ command: String, timeout: Duration = .seconds(60)) async throws -> String {
        try await ChildProcess.run("/bin/sh", ["-c", command + " 2>&1; echo status=$?"], timeout: timeout).output
    }

    @Test("a token is not sent over plain http to another machine without --insecure, which warns (item 10)")
    func plainHTTPElsewhereIsRefused() async throws {
        let spoke = try SpokeBinary.required()
        // 192.0.2.1 is TEST-NET-1: nothing answers there, and nothing is sent before the refusal.
        let refused = try await shell(
            "HUBSPOT_ACCESS_TOKEN=secret \(spoke) list contacts --base-url http://192.0.2.1")
        #expect(refused.contains("status=64"), "\(refused)")
        #expect(refused.contains("plain http to 192.0.2.1") && refused.contains("--insecure"), "\(refused)")
        let warned = try await shell(
            "HUBSPOT_ACCESS_TOKEN=secret timeout 5 \(spoke) list contacts --base-url http://192.0.2.1 --insecure")
        #expect(warned.contains("spoke: warning: sending the token to 192.0.2.1 over plain http"), "\(warned)")
        let local = try await shell("HUBSPOT_ACCESS_TOKEN=secret \(spoke) list contacts --base-url http://127.0.0.1:9")
        #expect(!local.contains("plain http"), "loopback never leaves the machine: \(local)")
    }

    @Test("the error line shows a server's U+202E and U+009B inert, as the table does (item 10)")
    func errorLineIsSanitised() async throws {
        let spoke = try SpokeBinary.required()
        // The demo portal's 400 for a cursor it never issued quotes the cursor back.
        let output = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) list contacts --after 'a\u{202E}b\u{9B}c'")
        #expect(output.contains("'a<U+202E>b<U+009B>c'"), "\(output)")
        #expect(!output.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x9B }, "\(output)")
    }
}
