import Browser
import Foundation
import TerminalUI
import Testing

@Suite("Config file: profiles, columns, mouse and key remaps, with bad entries named by line")
struct ConfigTests {
    private static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spoke-config-\(UUID().uuidString).toml"
        ).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a good file gives profiles, the default profile, columns, mouse and key remaps")
    func goodFile() throws {
        let path = try Self.write(
            """
            default_profile = "demo"
            theme = "dark"
            mouse = true

            [profiles.demo]
            demo = true

            [profiles.prod]
            portal = "Acme production"
            base_url = "https://api.hubapi.com"
            token_env = "ACME_TOKEN"
            theme = "light"
            read_only = true
            me = "maria@acme.example"

            [columns]
            contacts = ["firstname", "lastname", "email"]

            [keys]
            refresh = "R"
            help = ""
            quit = ["x", "Ctrl-q"]
            """)
        let config = SpokeConfig.load(path: path, environment: [:])
        #expect(config.issues.isEmpty, "\(config.issues)")
        #expect(config.defaultProfile == "demo")
        #expect(config.theme == "dark")
        #expect(config.mouse)
        #expect(config.profileNames == ["demo", "prod"])
        #expect(try config.profile(named: nil)?.demo == true)
        let prod = try #require(try config.profile(named: "prod"))
        var expected = ConfigProfile(
            name: "prod", portalName: "Acme production", baseURL: "https://api.hubapi.com",
            tokenEnvironmentVariable: "ACME_TOKEN", theme: "light", readOnly: true)
        expected.me = "maria@acme.example"
        #expect(prod == expected)
        #expect(config.columns(forTypeName: "contacts", id: "0-1") == ["firstname", "lastname", "email"])
        #expect(config.columns(forTypeName: "deals", id: "0-3") == nil)
        #expect(
            config.keyRemaps == [
                KeyRemap(action: "refresh", keyNames: ["R"], line: 20),
                KeyRemap(action: "help", keyNames: [], line: 21),
                KeyRemap(action: "quit", keyNames: ["x", "Ctrl-q"], line: 22),
            ])
        #expect(throws: ConfigIssue.self) { try config.profile(named: "staging") }
    }

    @Test("a profile's api_version picks the HubSpot API generation; an unknown one is named with the known ones")
    func apiVersion() throws {
        let path = try Self.write(
            """
            [profiles.old]
            base_url = "https://api.hubapi.com"
            api_version = "legacy"

            [profiles.typo]
            base_url = "https://api.hubapi.com"
            api_version = "2026-13"
            """)
        let config = SpokeConfig.load(path: path, environment: [:])
        #expect(try config.profile(named: "old")?.apiVersion == .legacy)
        #expect(try config.profile(named: "typo")?.apiVersion == nil)
        #expect(
            config.issues.map(\.description).contains {
                $0.contains("profiles.typo.api_version")
                    && $0.contains(
                        "unknown API version \"2026-13\" (expected one of 2026-09, 2026-03, legacy)")
            }, "\(config.issues)")
    }

    @Test("bad entries are named with file, line and key; every other entry still applies")
    func badEntries() throws {
        let path = try Self.write(
            """
            mouse = "yes"
            colour = 3
            default_profile = "nowhere"

            [profiles.prod]
            base_url = "ftp://example.com"
            token_file = 42
            theme = "light"

            [columns]
            contacts = ["email", 7]
            deals = "dealname"
            """)
        let config = SpokeConfig.load(path: path, environment: [:])
        let lines = config.issues.map { "\($0.line ?? 0) \($0.key ?? "")" }
        #expect(
            lines == [
                "1 mouse", "2 colour", "3 default_profile", "6 profiles.prod.base_url",
                "7 profiles.prod.token_file", "11 columns.contacts",
            ])
        #expect(config.issues.allSatisfy { $0.description.hasPrefix("\(path):") })
        #expect(config.issues[0].description == "\(path):1: mouse: must be true or false; ignored")
        #expect(config.profiles["prod"]?.theme == "light", "the good keys of a profile with bad ones still apply")
        #expect(config.profiles["prod"]?.baseURL == nil)
        #expect(config.columns == ["deals": ["dealname"]])
        #expect(!config.mouse)
        #expect(config.defaultProfile == nil)
    }

    @Test("a TOML syntax error names its line; a missing --config file is named")
    func syntaxErrorAndMissingFile() throws {
        let path = try Self.write("mouse = true\n[keys\nrefresh = \"R\"\n")
        let config = SpokeConfig.load(path: path, environment: [:])
        #expect(config.issues.count == 1)
        #expect(config.issues.first?.line == 2, "\(config.issues)")
        #expect(config.issues.first?.description.contains("TOML syntax error") == true)
        let missing = SpokeConfig.load(path: "/nonexistent/spoke.toml", environment: [:])
        #expect(missing.issues.map(\.description) == ["/nonexistent/spoke.toml: no such file"])
        #expect(
            SpokeConfig.load(path: nil, environment: ["XDG_CONFIG_HOME": "/nonexistent"]).issues.isEmpty,
            "a missing default file is no error")
        #expect(
            SpokeConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/spoke/config.toml")
        #expect(SpokeConfig.defaultPath(environment: ["HOME": "/h"]) == "/h/.config/spoke/config.toml")
    }
}
