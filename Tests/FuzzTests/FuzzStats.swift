import Foundation

/// The figures of one fuzz test: inputs, speed, the kinds of outcome seen, and the slowest input.
struct FuzzStats: Sendable {
    /// The fuzz test's name.
    let name: String
    /// Inputs run.
    private(set) var inputs = 0
    /// How many inputs ended each way, e.g. "decoded" or "error: keyNotFound".
    private(set) var outcomes: [String: Int] = [:]
    /// The longest one input took.
    private(set) var slowest: Duration = .zero
    /// The seed of that input.
    private(set) var slowestSeed: UInt64 = 0
    /// The whole run's wall-clock time.
    var elapsed: Duration = .zero

    /// Creates empty figures for `name`.
    init(name: String) {
        self.name = name
    }

    /// Counts one input.
    mutating func record(_ outcome: String, took: Duration, seed: UInt64) {
        inputs += 1
        outcomes[outcome, default: 0] += 1
        if took > slowest {
            slowest = took
            slowestSeed = seed
        }
    }

    /// Inputs that ended with an error or issue (every outcome not named "ok…").
    var errorKinds: [String] { outcomes.keys.filter { !$0.hasPrefix("ok") }.sorted() }

    /// One paragraph for the test log: the figures the issue asks to report.
    var summary: String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Double(inputs) / seconds : 0
        let lines = outcomes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "    \($0.value)× \($0.key)" }
        return "fuzz \(name): \(inputs) inputs in \(String(format: "%.1f", seconds)) s "
            + "(\(Int(rate)) inputs/s), \(errorKinds.count) distinct error kinds, slowest input "
            + "\(slowest.formatted(.units(allowed: [.milliseconds], fractionalPart: .show(length: 1)))) "
            + "(seed \(slowestSeed))\n" + lines.joined(separator: "\n")
    }

    /// An error or issue message as a kind: quoted text, digits and what follows the gist dropped, so
    /// "bad colour '#12' at 3" and "bad colour '#zz' at 9" count as one kind.
    static func kind(_ message: String) -> String {
        // Foundation names the bad raw value unquoted: "Cannot initialize X from invalid String value 👩‍👩‍👧‍👦".
        let gist = message.range(of: "from invalid String value ").map { message[..<$0.upperBound] + "…" } ?? message
        var kind = ""
        var quote: Character?
        for character in gist {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == "'" || character == "\"" {
                quote = character
                kind += "…"
                continue
            }
            // A colon ends the gist ("not an ISO 8601 timestamp: …") unless it follows a short field name ("bg: …").
            if character == ";" || character == "\n" || (character == ":" && kind.count > 12) { break }
            kind.append(character.isNumber ? "#" : character)
        }
        return String(kind.prefix(70)).trimmingCharacters(in: .whitespaces)
    }
}
