import Foundation
import Sandbox
import SpokeTestSupport
import Testing

/// `spoke sandbox --scopes` and the doctor, both as processes, as a person would try them; and the record
/// commands' one-line error for a missing scope.
@Suite("spoke sandbox --scopes, through the binary")
struct SandboxScopesCommandTests {
    @Test("spoke sandbox --scopes plays a limited key: doctor and list name the scope it lacks; --scopes '' is refused")
    func sandboxProcess() async throws {
        let spoke = try SpokeBinary.required()
        let log = NSTemporaryDirectory() + "spoke-sandbox-\(UUID().uuidString).out"
        defer { unlink(log) }
        let server = try ChildProcess.spawn(
            spoke, ["sandbox", "--port", "0", "--token", "right", "--scopes", "crm.objects.contacts.read, oauth"],
            stdoutPath: log)
        var url: String?
        for _ in 0..<200 where url == nil {
            try await Task.sleep(for: .milliseconds(50))
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            url = text.split(separator: "\n").first { $0.hasPrefix("listening on ") }.map {
                String($0.dropFirst("listening on ".count))
            }
        }
        let base = try #require(url, "the sandbox did not start")
        let environment =
            "env -u HUBSPOT_ACCESS_TOKEN XDG_CONFIG_HOME=/nonexistent NO_COLOR=1 HUBSPOT_ACCESS_TOKEN=right"
        let (status, output) = try await ChildProcess.run(
            "/bin/sh", ["-c", "\(environment) \(spoke) doctor --base-url \(base) --cache-dir /nonexistent 2>&1"])
        let (listStatus, listOutput) = try await ChildProcess.run(
            "/bin/sh", ["-c", "\(environment) \(spoke) list deals --base-url \(base) 2>&1"])
        _ = await server.kill()
        #expect(status == 4, "\(output)")
        #expect(output.contains("✓ contacts        readable"), "\(output)")
        #expect(
            output.contains("✗ deals           not readable: this key lacks the scope crm.objects.deals.read"),
            "\(output)")
        #expect(
            output.contains("✗ owners          not readable: this key lacks the scope crm.objects.owners.read"),
            "\(output)")
        #expect(listStatus == 4, "\(listOutput)")
        #expect(
            listOutput.contains(
                "spoke: HubSpot 403 MISSING_SCOPES: this key lacks the scope crm.objects.deals.read — add it to the service key"
            ),
            "\(listOutput)")
        let (refused, message) = try await ChildProcess.run(spoke, ["sandbox", "--scopes", " , "])
        #expect(refused == 64, "\(message)")
        #expect(message.contains("--scopes must name at least one scope"), "\(message)")
    }

    @Test("a portal that does not know the 2026-09 paths: the doctor says legacy answers, as a note, exit 0")
    func legacyOnly() async throws {
        let spoke = try SpokeBinary.required()
        var configuration = SandboxConfiguration(token: "right")
        configuration.generations = [.legacy]
        try await withSandbox(configuration) { server in
            let environment = "env XDG_CONFIG_HOME=/nonexistent NO_COLOR=1 HUBSPOT_ACCESS_TOKEN=right"
            let (status, output) = try await ChildProcess.run(
                "/bin/sh",
                [
                    "-c",
                    "\(environment) \(spoke) doctor --base-url \(server.baseURL.absoluteString) --cache-dir /nonexistent 2>&1",
                ])
            #expect(status == 0, "\(output)")
            #expect(
                output.contains(
                    "· API             legacy (v3/v4) answers; 2026-09 paths are unknown here, so Spoke speaks legacy"),
                "\(output)")
            #expect(output.contains("✓ tickets         readable"), "\(output)")
        }
    }
}
