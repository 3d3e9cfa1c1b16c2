import Foundation
import Sandbox
import SpokeTestSupport
import Testing

/// `spoke doctor` (issue 14, item 4), the real binary against a sandbox in this process.
@Suite("spoke doctor: one line per check, a fix under each failure, nonzero exit on any")
struct DoctorCommandTests {
    /// Runs `spoke doctor ARGUMENTS` with `token` in HUBSPOT_ACCESS_TOKEN (none when nil), its own empty config
    /// and cache folders, and NO_COLOR; returns the exit status and everything it printed.
    private func doctor(_ arguments: String, token: String?) async throws -> (status: Int32, output: String) {
        let spoke = try SpokeBinary.required()
        let home = NSTemporaryDirectory() + "spoke-doctor-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment =
            "env -u HUBSPOT_ACCESS_TOKEN XDG_CONFIG_HOME=\(home)/config XDG_CACHE_HOME=\(home)/cache NO_COLOR=1 "
            + (token.map { "HUBSPOT_ACCESS_TOKEN=\($0) " } ?? "")
        return try await ChildProcess.run("/bin/sh", ["-c", "\(environment)\(spoke) doctor \(arguments) 2>&1"])
    }

    private func sandbox(token: String = "right", scopes: Set<String>? = nil) -> SandboxConfiguration {
        var configuration = SandboxConfiguration(token: token)
        configuration.scopes = scopes
        return configuration
    }

    @Test("every config problem gets its own line, a key taken from another action included (issue 16, item 8)")
    func everyConfigIssue() async throws {
        let config = NSTemporaryDirectory() + "spoke-doctor-config-\(UUID().uuidString.prefix(8)).toml"
        defer { unlink(config) }
        try """
        mouse = "sometimes"
        [keys]
        filter = ["n"]
        nosuchaction = ["x"]
        """.write(toFile: config, atomically: true, encoding: .utf8)
        try await withSandbox(sandbox()) { server in
            let (status, output) = try await doctor(
                "--config \(config) --base-url \(server.baseURL.absoluteString)", token: "right")
            let lines = output.split(separator: "\n").filter { $0.hasPrefix("✗ config") }
            #expect(lines.count == 3, "one line per problem:\n\(output)")
            #expect(lines.contains { $0.contains("\"n\" now runs filter, no longer create") }, "\(output)")
            #expect(lines.contains { $0.contains("nosuchaction") })
            #expect(status != 0)
        }
    }

    @Test("against the sandbox every check passes and it exits 0")
    func allGreen() async throws {
        try await withSandbox(sandbox()) { server in
            let (status, output) = try await doctor("--base-url \(server.baseURL.absoluteString)", token: "right")
            #expect(status == 0, "\(output)")
            for line in [
                "✓ token           from $HUBSPOT_ACCESS_TOKEN", "✓ token accepted",
                "✓ server          \(server.baseURL.absoluteString) answers",
                "✓ account         portal 1234567, app.hubspot.com, time zone UTC", "✓ API             2026-09 answers",
                "✓ contacts        readable (crm.objects.contacts.read)", "✓ tickets         readable (tickets)",
                "✓ owners          readable (crm.objects.owners.read)",
                "✓ Cars            readable (crm.objects.custom.read)",
                "✓ rate limit      1000 requests per 10 s", "a day (", "✓ cache", "All checks passed.",
            ] {
                #expect(output.contains(line), "\(line) in:\n\(output)")
            }
            #expect(!output.contains("✗") && !output.contains("fix:"), "\(output)")
            #expect(!output.contains("\u{1B}["), "NO_COLOR: no colour codes")
        }
    }

    @Test("a key without a scope: the type it cannot read names the scope and the fix, exit 4")
    func limitedScopes() async throws {
        let scopes: Set<String> = [
            "crm.objects.contacts.read", "crm.objects.companies.read", "crm.objects.deals.read",
            "crm.objects.owners.read", "crm.schemas.custom.read", "crm.objects.custom.read", "oauth",
        ]
        try await withSandbox(sandbox(scopes: scopes)) { server in
            let (status, output) = try await doctor(
                "--base-url \(server.baseURL.absoluteString) --write-check --yes", token: "right")
            #expect(status == 4, "\(output)")
            #expect(output.contains("✗ tickets         not readable: this key lacks the scope tickets"), "\(output)")
            #expect(output.contains("fix: add the scope tickets to the service key"), "\(output)")
            #expect(output.contains("✓ contacts        readable"), "\(output)")
            #expect(
                output.contains(
                    "✗ write           cannot create a contact: this key lacks the scope crm.objects.contacts.write"),
                "\(output)")
            #expect(output.contains("2 checks failed."), "\(output)")
        }
    }

    @Test("--write-check --yes creates a scratch contact and archives it; without a terminal or --yes it is skipped")
    func writeCheck() async throws {
        try await withSandbox(sandbox()) { server in
            let before = server.portal.count(of: "contacts")
            let (status, output) = try await doctor(
                "--base-url \(server.baseURL.absoluteString) --write-check --yes", token: "right")
            #expect(status == 0, "\(output)")
            #expect(output.contains("✓ write           created contact "), "\(output)")
            #expect(output.contains("and archived it (crm.objects.contacts.write)"), "\(output)")
            #expect(server.portal.count(of: "contacts") == before, "the scratch contact was archived")
            let (asked, skipped) = try await doctor(
                "--base-url \(server.baseURL.absoluteString) --write-check", token: "right")
            #expect(asked == 0, "\(skipped)")
            #expect(skipped.contains("· write           not checked: no terminal to ask on"), "\(skipped)")
        }
    }

    @Test("a wrong token: the server answers, the token is refused with 401 and the service-key fix, exit 4")
    func wrongToken() async throws {
        try await withSandbox(sandbox()) { server in
            let (status, output) = try await doctor("--base-url \(server.baseURL.absoluteString)", token: "wrong")
            #expect(status == 4, "\(output)")
            #expect(output.contains("✓ server"), "\(output)")
            #expect(output.contains("✗ token accepted  no: HTTP 401"), "\(output)")
            #expect(
                output.contains("fix: create a service key in HubSpot (Development → Keys → Service keys)"), "\(output)"
            )
            #expect(!output.contains("wrong"), "the token is never printed")
        }
    }

    @Test("an unreachable URL names the URL and the error, fix: check --base-url and the network, exit 5")
    func unreachable() async throws {
        let (status, output) = try await doctor("--base-url http://127.0.0.1:9", token: "right")
        #expect(status == 5, "\(output)")
        #expect(output.contains("✗ server          cannot reach http://127.0.0.1:9: "), "\(output)")
        #expect(output.contains("fix: check --base-url (or the profile's base_url) and the network"), "\(output)")
    }

    @Test("something that answers with web pages is not HubSpot's API: fix --base-url, exit 5")
    func notTheAPI() async throws {
        var configuration = sandbox()
        configuration.traffic.bodyFault = .wrongContentType
        try await withSandbox(configuration) { server in
            let (status, output) = try await doctor("--base-url \(server.baseURL.absoluteString)", token: "right")
            #expect(status == 5, "\(output)")
            #expect(
                output.contains("answers, but not as HubSpot's API (HTTP 200: expected JSON, got text/html"),
                "\(output)")
            #expect(output.contains("fix: check --base-url: it should be https://api.hubapi.com"), "\(output)")
            #expect(output.split(separator: "\n").count < 8, "one line per check, no page dumped:\n\(output)")
        }
    }

    @Test("a token file readable by others: says so with chmod 600, asks the server nothing, exit 4")
    func tokenFileMode() async throws {
        let file = NSTemporaryDirectory() + "spoke-doctor-token-\(UUID().uuidString)"
        try "right\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { unlink(file) }
        chmod(file, 0o644)
        try await withSandbox(sandbox()) { server in
            let base = "--base-url \(server.baseURL.absoluteString) --token-file \(file)"
            let (status, output) = try await doctor(base, token: nil)
            #expect(status == 4, "\(output)")
            #expect(
                output.contains("✗ token           token file \(file) is readable by others (mode 644)"), "\(output)")
            #expect(output.contains("fix: chmod 600 \(file)"), "\(output)")
            #expect(output.contains("· server          not checked until the token is fixed"), "\(output)")
            chmod(file, 0o600)
            let (fixed, after) = try await doctor(base, token: nil)
            #expect(fixed == 0, "\(after)")
            #expect(after.contains("✓ token           from --token-file \(file) (mode 600)"), "\(after)")
        }
    }
}
