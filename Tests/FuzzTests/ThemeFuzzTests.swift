import Browser
import Foundation
import TerminalUI
import Testing

@testable import Sandbox

extension Fuzzing {
    @Suite("Theme files: mutated line- and byte-wise, reported with file, line and role, the default used instead")
    struct ThemeFile {
        private static let file = "fuzz-theme.toml"

        @Test(
            "mutated themes: a theme, or a ThemeError naming the file and a line of it; a bad value is named on its line and role"
        )
        func mutatedThemes() async throws {
            let seeds = try TOMLSeeds.themes()
            let stats = try await ScratchFolder.with { folder in
                let shipped = TOMLSeeds.repository.appendingPathComponent("themes/default.toml")
                try FileManager.default.copyItem(at: shipped, to: folder.appendingPathComponent("default.toml"))
                return await FuzzLoop(name: "theme: mutated files").run { fuzzCase in
                    let seed = fuzzCase.random.pick(seeds)
                    let mutant = TOMLMutator.mutant(of: seed.text, &fuzzCase.random, replacements: Self.wrongLines)
                    fuzzCase.show(mutant.bytes)
                    let input = fuzzCase
                    let report = { (problem: String) -> Void in
                        _ = Issue.record(
                            Comment(
                                rawValue: input.failure(
                                    "\(seed.name): \(problem) (after \(mutant.steps))",
                                    input: mutant.bytes)))
                    }
                    let outcome = Self.check(mutant, report: report)
                    if fuzzCase.random.chance(0.1) || String(validating: mutant.bytes, as: UTF8.self) == nil {
                        Self.checkFallback(mutant, parsed: outcome.hasPrefix("ok"), in: folder, report: report)
                    }
                    return outcome
                }
            }
            if !FuzzSettings.current.isShortRun {
                #expect(
                    stats.outcomes["ok: parsed", default: 0] > 0 && stats.errorKinds.count >= 5,
                    Comment(rawValue: "\(stats.outcomes)"))
            }
        }

        /// Through the locator, a theme that cannot be used gives way to the default, with a warning naming its file.
        private static func checkFallback(
            _ mutant: TOMLMutator.Mutant, parsed: Bool, in folder: URL, report: (String) -> Void
        ) {
            let url = folder.appendingPathComponent("fuzzed.toml")
            _ = FileManager.default.createFile(atPath: url.path, contents: Data(mutant.bytes))
            let (theme, warnings) = ThemeLocator.load(named: "fuzzed", searchPaths: [folder])
            let usable = parsed && String(validating: mutant.bytes, as: UTF8.self) != nil
            if usable ? !warnings.isEmpty : theme.name != "default" || warnings.first?.hasPrefix(url.path) != true {
                report("the locator gave theme \"\(theme.name)\" with warnings \(warnings)")
            }
        }

        /// Parses `mutant` and checks the error's promises; returns the outcome kind.
        private static func check(_ mutant: TOMLMutator.Mutant, report: (String) -> Void) -> String {
            let text = String(decoding: mutant.bytes, as: UTF8.self)
            let lines = text.utf8.count { $0 == 0x0A } + 1
            do {
                _ = try Theme.parse(text, name: "fuzzed", file: file)
                if let expected = mutant.expectedLine { report("parsed, though line \(expected) is wrong") }
                return "ok: parsed"
            } catch let error as ThemeError {
                if error.file != file || !error.description.hasPrefix(file) || error.message.isEmpty
                    || !(1...lines).contains(error.line ?? 1)
                {
                    report("\"\(error)\" does not name the file and a line of its \(lines)")
                }
                if let expected = mutant.expectedLine, error.line != expected || error.role != mutant.expectedName {
                    report("\"\(error)\" should name line \(expected) and role \(mutant.expectedName ?? "none")")
                }
                return "error: " + FuzzStats.kind(error.message)
            } catch {
                report("threw \(error), not a ThemeError")
                return "error: not a ThemeError"
            }
        }

        /// Lines that must fail on their own line and role: a palette colour that is no colour, a role that is no
        /// table or has a bad colour, attribute or key in it, a name that is no string.
        private static func wrongLines(_ line: TOMLMutator.Assignment) -> [(line: String, name: String?)] {
            let values: [String]
            let name: String?
            switch line.section {
            case "" where line.key == "name":
                (values, name) = (["42", "true", "[\"a\"]", "{}"], nil)
            case "palette":
                (values, name) = (
                    ["true", "1.5", "[1]", "{ a = 1 }", "\"#12345\"", "\"#ggg\"", "\"blue\"", "256", "-1"],
                    "palette." + line.key
                )
            case "roles":
                (values, name) = (
                    [
                        "\"fg\"", "7", "true", "[1]", "{ fg = \"no_such_colour\" }", "{ bg = 300 }",
                        "{ bold = \"yes\" }", "{ blink = true }", "{ fg = true }", "{ fg = \"#12\" }",
                    ], line.key
                )
            default:
                return []
            }
            let key = line.key.contains(".") ? "\"\(line.key)\"" : line.key
            return values.map { (line: "\(key) = \($0)", name: name) }
        }
    }
}
