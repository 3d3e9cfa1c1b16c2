import Foundation
import SpokeTestSupport

/// The real files the TOML fuzzers start from: every shipped theme, and the config examples of the README.
enum TOMLSeeds {
    /// The checkout this test file sits in.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every `themes/*.toml`, by file name, sorted.
    static func themes() throws -> [(name: String, text: String)] {
        let folder = repository.appendingPathComponent("themes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
            .sorted()
        return try names.map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The README's config example (its `toml` block under "Configuration and profiles"), and the same with
    /// the commented-out `token_env` line in use and more `[keys]` and `[columns]` entries.
    static func configs() throws -> [String] {
        let example = try ReadmeConfigExample.text()
        let fuller = insert(
            ["moveDown = [\"j\", \"Down\"]", "filter = \"/\""], under: "[keys]",
            into: insert(
                ["deals = [\"dealname\", \"amount\"]", "\"0-2\" = \"name\""], under: "[columns]",
                into: example.replacingOccurrences(of: "# token_env", with: "token_env")))
        return [
            example,
            fuller + "\n[profiles.staging]\ntoken_env = \"STAGING_TOKEN\"\nbase_url = \"http://127.0.0.1:8080\"\n",
        ]
    }

    /// `text` with `lines` after the line that starts with `header`.
    private static func insert(_ lines: [String], under header: String, into text: String) -> String {
        var all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let index = all.firstIndex(where: { $0.hasPrefix(header) }) { all.insert(contentsOf: lines, at: index + 1) }
        return all.joined(separator: "\n")
    }
}
