import Foundation
import Testing

@testable import Browser
@testable import Sandbox

extension Fuzzing {
    @Suite("Config files: mutated line- and byte-wise, bad entries named with the file and line")
    struct ConfigFile {
        private static let file = "fuzz-config.toml"

        @Test("the seeds are clean: the README's config parses without an issue")
        func seedsAreClean() throws {
            for source in try TOMLSeeds.configs() {
                let (_, issues) = Self.parse(source)
                #expect(issues.isEmpty, "\(issues)")
            }
        }

        @Test(
            "mutated configs: issues name the file and one of its lines; a wrong value is named on its line; non-UTF-8 is one issue"
        )
        func mutatedConfigs() async throws {
            let seeds = try TOMLSeeds.configs()
            let stats = try await ScratchFolder.with { folder in
                await FuzzLoop(name: "config: mutated files").run { fuzzCase in
                    let mutant = TOMLMutator.mutant(
                        of: fuzzCase.random.pick(seeds), &fuzzCase.random, replacements: Self.wrongLines)
                    fuzzCase.show(mutant.bytes)
                    let input = fuzzCase
                    return Self.check(mutant, file: folder.appendingPathComponent("config.toml").path) { problem in
                        Issue.record(
                            Comment(rawValue: input.failure("\(problem) (after \(mutant.steps))", input: mutant.bytes)))
                    }
                }
            }
            if !FuzzSettings.current.isShortRun {
                #expect(
                    stats.outcomes["ok: clean", default: 0] > 0 && stats.errorKinds.count >= 5,
                    Comment(rawValue: "\(stats.outcomes)"))
            }
        }

        /// Parses `mutant` and checks the issues' promises, reading it from `file` too when it is not UTF-8;
        /// returns the outcome kind.
        private static func check(_ mutant: TOMLMutator.Mutant, file path: String, report: (String) -> Void) -> String {
            let text = String(decoding: mutant.bytes, as: UTF8.self)
            let (_, issues) = parse(text)
            let lines = text.utf8.count { $0 == 0x0A } + 1
            for issue in issues
            where issue.file != file || !issue.description.hasPrefix(file)
                || issue.message.isEmpty || !(1...lines).contains(issue.line ?? 1)
            {
                report("issue \"\(issue)\" does not name the file and a line of its \(lines)")
            }
            if let expected = mutant.expectedLine, !issues.contains(where: { $0.line == expected }) {
                report("no issue names line \(expected); issues: \(issues.map(\.description))")
            }
            if String(validating: mutant.bytes, as: UTF8.self) == nil {
                // Read from a file, bytes that are not UTF-8 are one issue naming the file, and nothing applies.
                _ = FileManager.default.createFile(atPath: path, contents: Data(mutant.bytes))
                let config = SpokeConfig.load(path: path, environment: [:])
                if config.issues.count != 1 || config.issues.first?.file != path || !config.profiles.isEmpty {
                    report("a file that is not UTF-8 gave issues \(config.issues) and profiles \(config.profileNames)")
                }
            }
            return issues.first.map { "issue: " + FuzzStats.kind($0.message) } ?? "ok: clean"
        }

        /// The issues a config's text gives: the parser's, then those of applying its `[keys]` to the key table.
        private static func parse(_ text: String) -> (SpokeConfig, [ConfigIssue]) {
            let config = SpokeConfigParser(source: text, file: file).parse()
            let (_, remapIssues) = KeyBindings.standard.remapped(by: config.keyRemaps, file: file)
            return (config, config.issues + remapIssues)
        }

        /// Lines that must give an issue on their own line: a value of the wrong type, an unknown setting,
        /// action or key name.
        private static func wrongLines(_ line: TOMLMutator.Assignment) -> [(line: String, name: String?)] {
            let notString = ["42", "true", "1.5", "[1]", "{ a = 1 }", "1979-05-27"]
            let notBool = ["\"yes\"", "1", "[true]", "{}"]
            let strings = ["default_profile", "theme", "portal", "base_url", "token_env", "token_file"]
            var values: [String]
            switch (line.section, line.key) {
            case ("", "mouse"), (_, "demo"), (_, "read_only"): values = notBool
            case ("", _) where strings.contains(line.key): values = notString
            case (let section, "base_url") where section.hasPrefix("profiles."):
                values = notString + ["\"ftp://x\"", "\"not a url\""]
            case (let section, _) where section.hasPrefix("profiles.") && strings.contains(line.key): values = notString
            case ("columns", _): values = ["42", "true", "[1, 2]", "[\"a\", 1]", "{ a = \"b\" }"]
            case ("keys", _): values = ["42", "[\"R\", 1]", "\"Hyper-x\"", "[\"F99\"]", "\"Ctrl-\"", "{ a = \"b\" }"]
            default: return []
            }
            var lines = values.map { (line: "\(line.key) = \($0)", name: Optional(line.key)) }
            if line.section != "columns" {
                // Any name is a column list's type; elsewhere an unknown name is itself the mistake.
                lines.append((line: "\(line.key)_x = \(line.value)", name: line.key + "_x"))
            }
            return lines
        }
    }
}
