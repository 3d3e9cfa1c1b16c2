import Foundation

@testable import Sandbox

/// Line-wise and byte-wise mutations of TOML files, and targeted ones whose damage a parser promises to report
/// on a known line.
enum TOMLMutator {
    /// A mutated file.
    struct Mutant {
        /// The file's bytes.
        var bytes: [UInt8]
        /// What was done, for failure messages.
        var steps: [String]
        /// For a targeted change: the 1-based line an issue must name.
        var expectedLine: Int?
        /// For a targeted change: the key (config) or role (theme) an issue must name.
        var expectedName: String?
    }

    /// One `key = value` line of a file, with the table it sits in.
    struct Assignment {
        /// 0-based index of the line.
        let index: Int
        /// The enclosing `[table]`, unquoted; "" at the top.
        let section: String
        /// The key, unquoted.
        let key: String
        /// The value text after `=` (with any comment).
        let value: String
    }

    /// TOML's own punctuation and literals, for noise that gets past a parser's first byte.
    static let alphabet = Array("[]{}=\"'#.,\n -_01trufalse".utf8)

    /// Values of every TOML type, and near-TOML that must be a syntax error, not a crash.
    static let values = [
        "\"text\"", "42", "-0", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e400", "nan",
        "-inf", "1.5", "true", "[1, \"a\"]", "[]", "{}", "{ fg = \"x\" }", "1979-05-27T07:32:00Z", "07:32:00",
        "\"\\u0000\"", "\"\\uD800\"", "\"unterminated", "'''", "\"\"\"", "\"#zzzzzz\"", "\"#12\"", "256", "-1",
        "\"default\"", "\"fg\"", "\"Ctrl-\"", "\"F99\"", "\"\"", "[\"R\", 5]", "{ a = { b = { c = 1 } } }",
        "\"\u{1B}[2J\"", "0x7FFFFFFFFFFFFFFF", "0b102", "+", "= =",
    ]

    /// A targeted change (30%, where `replacements` offers one) or random ones.
    static func mutant(
        of source: String, _ random: inout SeededRandom, replacements: (Assignment) -> [(line: String, name: String?)]
    ) -> Mutant {
        if random.chance(0.3), let mutant = targeted(source, &random, replacements: replacements) { return mutant }
        return mutate(source, &random)
    }

    /// `source` mutated by one to three random line or byte changes.
    static func mutate(_ source: String, _ random: inout SeededRandom) -> Mutant {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var steps: [String] = []
        for _ in 0..<random.int(in: 1...3) where random.chance(0.75) {
            steps.append(mutateLines(&lines, &random))
        }
        var bytes = Array(lines.joined(separator: random.chance(0.1) ? "\r\n" : "\n").utf8)
        if steps.isEmpty || random.chance(0.3) {
            let (spoiled, step) = ByteMutator.mutate(bytes, alphabet: alphabet, &random)
            bytes = spoiled
            steps.append(step)
        }
        return Mutant(bytes: bytes, steps: steps)
    }

    /// One line of `source` replaced by one of the lines `replacements` offers for it, on a line it offers
    /// some for; sometimes with CRLF line ends, which TOML allows. `nil` when no line qualifies.
    static func targeted(
        _ source: String, _ random: inout SeededRandom, replacements: (Assignment) -> [(line: String, name: String?)]
    ) -> Mutant? {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let candidates = assignments(in: lines).compactMap { assignment in
            let offered = replacements(assignment)
            return offered.isEmpty ? nil : (assignment, offered)
        }
        guard !candidates.isEmpty else { return nil }
        let (assignment, offered) = random.pick(candidates)
        let replacement = random.pick(offered)
        lines[assignment.index] = replacement.line
        let crlf = random.chance(0.25)
        return Mutant(
            bytes: Array(lines.joined(separator: crlf ? "\r\n" : "\n").utf8),
            steps: ["line \(assignment.index + 1) → \(replacement.line.prefix(80))" + (crlf ? " (CRLF)" : "")],
            expectedLine: assignment.index + 1, expectedName: replacement.name)
    }

    /// The `key = value` lines of a file whose keys are plain (quoted or bare), with their tables.
    static func assignments(in lines: [String]) -> [Assignment] {
        var section = ""
        var found: [Assignment] = []
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                // The name ends at the first "]": a comment may follow the header.
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                section = name.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: " ", with: "")
                continue
            }
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let bare = key.replacingOccurrences(of: "\"", with: "")
            guard !bare.isEmpty, bare.allSatisfy({ $0.isLetter || $0.isNumber || "_-.".contains($0) }) else { continue }
            found.append(
                Assignment(
                    index: index, section: section, key: bare,
                    value: line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)))
        }
        return found
    }

    private static func mutateLines(_ lines: inout [String], _ random: inout SeededRandom) -> String {
        let index = random.index(lines.count)
        let other = random.index(lines.count)
        switch random.index(11) {
        case 0:
            lines.remove(at: index)
            if lines.isEmpty { lines = [""] }
            return "delete line \(index + 1)"
        case 1:
            lines.insert(lines[index], at: other)
            return "repeat line \(index + 1) at \(other + 1)"
        case 2:
            lines.swapAt(index, other)
            return "swap lines \(index + 1) and \(other + 1)"
        case 3 where lines[index].hasPrefix("#"):
            lines[index] = String(lines[index].drop { $0 == "#" || $0 == " " })
            return "uncomment line \(index + 1)"
        case 4, 5:
            let all = assignments(in: lines)
            guard !all.isEmpty else { break }
            let assignment = random.pick(all)
            let value = random.pick(values)
            lines[assignment.index] = "\(assignment.key) = \(value)"
            return "line \(assignment.index + 1): \(assignment.key) = \(value)"
        case 6:
            let all = assignments(in: lines)
            guard !all.isEmpty else { break }
            let assignment = random.pick(all)
            let key = random.pick([assignment.key + "_x", assignment.key.uppercased(), "\"\"", "a.b.c", "\"x y\"", "é"])
            lines[assignment.index] = "\(key) = \(assignment.value)"
            return "line \(assignment.index + 1): key \(key)"
        case 7:
            let header = random.pick([
                "[nope]", "[roles.nope]", "[[profiles]]", "[palette", "[keys.keys]", "[]", "[profiles.\"\"]",
                "[.keys]", "[é]", "[", "[ \u{2028}x]", "[[!x]]", "[#x]", "\u{FEFF}[=x]",
            ])
            lines.insert(header, at: index)
            return "insert \(header) at \(index + 1)"
        case 8:
            let junk = random.pick(["\t", "\u{0}", "\u{1B}", "\r", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}"])
            var line = lines[index]
            line.insert(contentsOf: junk, at: line.index(line.startIndex, offsetBy: random.index(line.count + 1)))
            lines[index] = line
            return "control character in line \(index + 1)"
        case 9 where random.chance(0.5):
            // Thousands of entries in one table: what a parser does per entry must not grow with the file.
            // Short lines only: 2,000 copies of the 100,000-character line would be a 200 MB file, slow for its size alone.
            let all = assignments(in: lines).filter { $0.value.utf8.count < 200 }
            guard !all.isEmpty else { break }
            let assignment = random.pick(all)
            let copies = (0..<2_000).map { "\(assignment.key)_\($0) = \(assignment.value)" }
            lines.insert(contentsOf: copies, at: assignment.index + 1)
            return "2,000 copies of line \(assignment.index + 1)"
        case 9:
            let depth = random.pick([10, 300, 5_000])
            lines.insert(
                "deep = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth), at: index)
            return "array nested \(depth) deep at \(index + 1)"
        default:
            lines.insert("long = \"" + String(repeating: "x", count: 100_000) + "\"", at: index)
            return "100,000-character line at \(index + 1)"
        }
        lines.insert(random.pick(values), at: index)
        return "stray value at \(index + 1)"
    }
}
