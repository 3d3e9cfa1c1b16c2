import Foundation
import TerminalUI

/// Prints the doctor's checks as they come, one line each, and a fix under each failure.
///
/// The marks (✓ ✗ ·) read without colour; colour is added only on a terminal, and never with `NO_COLOR` set
/// (https://no-color.org) or `TERM=dumb`.
final class DoctorReport {
    private let colored: Bool
    private(set) var checks: [DoctorCheck] = []
    private let write: (String) -> Void

    /// Writes to stdout, in colour when `colored`. Through stdio, flushed per line: FileHandle traps on a
    /// closed pipe (`spoke doctor | head`), and each line should show as soon as its check is done.
    init(
        colored: Bool,
        write: @escaping (String) -> Void = { text in
            print(text, terminator: "")
            fflush(nil)
        }
    ) {
        self.colored = colored
        self.write = write
    }

    /// Whether stdout is a terminal that may get colour under `environment`.
    static func wantsColor(environment: [String: String]) -> Bool {
        isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"].map(\.isEmpty) != false
            && environment["TERM"] != "dumb"
    }

    /// Names the portal being examined, first.
    func heading(_ text: String) {
        write(text + "\n")
    }

    /// Adds a check and prints its line (and its fix).
    func add(_ check: DoctorCheck) {
        checks.append(check)
        let (mark, color) =
            switch check.outcome {
            case .passed: ("✓", "32")
            case .failed: ("✗", "31")
            case .note: ("·", "2")
            }
        let name = check.name.padding(toLength: max(Self.nameWidth, check.name.count), withPad: " ", startingAt: 0)
        var line = "\(paint(mark, color)) \(name)  \(Self.oneLine(check.detail))\n"
        if let fix = check.fix {
            // Under the detail column, so the eye goes from what is wrong to what to do.
            line +=
                String(repeating: " ", count: 2 + Self.nameWidth + 2) + paint("fix:", "1") + " \(Self.oneLine(fix))\n"
        }
        write(line)
    }

    /// Server text (a web page's body, HubSpot's message) on one line: control characters inert, runs of
    /// white space one space.
    static func oneLine(_ text: String) -> String {
        TerminalText.sanitize(
            text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " "))
    }

    /// The first column's width: the longest usual name ("rate limit", "custom objects") fits.
    static let nameWidth = 14

    /// The closing line: how many checks failed.
    func summary() {
        let failures = checks.filter { $0.outcome == .failed }.count
        write(failures == 0 ? "All checks passed.\n" : "\(failures) check\(failures == 1 ? "" : "s") failed.\n")
    }

    /// 0 when nothing failed, else the exit status the first failure stands for.
    var exitStatus: Int32 {
        checks.first { $0.outcome == .failed }?.exitStatus ?? 0
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
