import Foundation
import SpokeTestSupport
import Testing

/// Config profiles, token-file safety and shell completions, through the real binary.
@Suite("spoke config profiles and completions")
struct ConfigCommandTests {
    private func shell(_ command: String) async throws -> (status: Int32, output: String) {
        try await ChildProcess.run("/bin/sh", ["-c", command])
    }

    private func writeFile(_ text: String, mode: mode_t) throws -> String {
        let path = NSTemporaryDirectory() + "spoke-config-\(UUID().uuidString)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode)
        return path
    }

    @Test(
        "with default_profile = demo, --base-url and a token read that portal: a wrong token exits 4, an unreachable URL 5 (issue 16, item 1)"
    )
    func optionsWinOverTheDefaultProfile() async throws {
        let spoke = try #require(SpokeBinary.path)
        let config = try writeFile("default_profile = \"demo\"\n\n[profiles.demo]\ndemo = true\n", mode: 0o600)
        defer { unlink(config) }
        let command = { (token: String, base: String) in
            "HUBSPOT_ACCESS_TOKEN=\(token) \(spoke) get contacts 102 --json --properties firstname "
                + "--config \(config) --base-url \(base) 2>&1"
        }
        try await withSandboxClient(token: "right-token", clientToken: "right-token", seed: 7) { client, server in
            let expected = try await client.record("contacts", id: "102", properties: ["firstname"])
            let (status, output) = try await ChildProcess.run(
                "/bin/sh", ["-c", command("right-token", server.baseURL.absoluteString)])
            #expect(status == 0, "\(output)")
            let record = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let properties = try #require(record["properties"] as? [String: Any])
            #expect(properties["firstname"] as? String == expected[property: "firstname"] ?? nil, "\(output)")
            let (wrong, refused) = try await ChildProcess.run(
                "/bin/sh", ["-c", command("wrong-token", server.baseURL.absoluteString)])
            #expect(wrong == 4, "a wrong token is refused by that portal, not answered by the demo: \(refused)")
        }
        let (unreachable, output) = try await ChildProcess.run("/bin/sh", ["-c", command("t", "http://127.0.0.1:9")])
        #expect(unreachable == 5, "\(output)")
    }

    @Test("a profile's token file readable by others is refused, and the message gives the fix")
    func tokenFileModeRefused() async throws {
        let spoke = try #require(SpokeBinary.path)
        let tokenFile = try writeFile("pat-na1-secret-token\n", mode: 0o644)
        defer { unlink(tokenFile) }
        let config = try writeFile(
            """
            [profiles.prod]
            base_url = "https://api.hubapi.com"
            token_file = "\(tokenFile)"
            """, mode: 0o600)
        defer { unlink(config) }
        let (status, output) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) list contacts --config \(config) --profile prod 2>&1")
        #expect(status != 0)
        #expect(output.contains("token file \(tokenFile) is readable by others (mode 644)"), "\(output)")
        #expect(output.contains("chmod 600 \(tokenFile)"), "\(output)")
        #expect(!output.contains("pat-na1-secret-token"), "the token is never printed")
    }

    @Test("--profile picks a profile (the demo one here); an unknown profile lists the known ones")
    func profileChoice() async throws {
        let spoke = try #require(SpokeBinary.path)
        let config = try writeFile(
            """
            default_profile = "broken"

            [profiles.demo]
            demo = true

            [profiles.broken]
            base_url = "http://127.0.0.1:1"
            token_env = "SPOKE_TEST_NO_SUCH_VARIABLE"
            """, mode: 0o600)
        defer { unlink(config) }
        let (status, output) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) get contacts 103 --json --config \(config) --profile demo")
        #expect(status == 0, "\(output)")
        #expect(output.contains("\"id\""))
        let (defaultStatus, defaultOutput) = try await shell("\(spoke) get contacts 103 --config \(config) 2>&1")
        #expect(defaultStatus != 0, "the default profile is used when --profile is absent")
        #expect(
            defaultOutput.contains(
                "profile \"broken\" reads its token from $SPOKE_TEST_NO_SUCH_VARIABLE, which is not set"),
            "\(defaultOutput)")
        let (unknownStatus, unknownOutput) = try await shell(
            "\(spoke) get contacts 103 --config \(config) --profile staging 2>&1")
        #expect(unknownStatus != 0)
        #expect(unknownOutput.contains("unknown profile \"staging\"; known profiles: broken, demo"), "\(unknownOutput)")
    }

    @Test("bad config entries are reported with file and line, and the command still runs")
    func badEntriesReported() async throws {
        let spoke = try #require(SpokeBinary.path)
        let config = try writeFile("mouse = \"yes\"\n[profiles.demo]\ndemo = true\n", mode: 0o600)
        defer { unlink(config) }
        let (status, output) = try await shell(
            "env -u HUBSPOT_ACCESS_TOKEN \(spoke) get contacts 103 --json --config \(config) --profile demo 2>&1")
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(config):1: mouse: must be true or false; ignored"), "\(output)")
    }

    @Test("spoke --generate-completion-script bash, zsh and fish name the subcommands and options")
    func completions() async throws {
        let spoke = try #require(SpokeBinary.path)
        for shellName in ["bash", "zsh", "fish"] {
            let (status, output) = try await shell("\(spoke) --generate-completion-script \(shellName)")
            #expect(status == 0, "\(shellName): \(output)")
            // fish writes options as `-l profile`, bash and zsh as `--profile`.
            for word in ["browse", "list", "search", "cache", "sandbox", "profile", "config", "theme"] {
                #expect(output.contains(word), "\(shellName) completion lacks \(word)")
            }
        }
    }
}
