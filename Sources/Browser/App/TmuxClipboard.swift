import Foundation
import TerminalUI

/// Whether a copy (OSC 52) reaches the terminal from inside tmux. Spoke wraps it in tmux's passthrough, which
/// tmux drops unless `allow-passthrough` is on (off by default since tmux 3.3): then `y` must not say "copied".
enum TmuxClipboard {
    /// Why a copy inside tmux goes nowhere, or nil when it can arrive (or tmux cannot be asked, or this is
    /// not tmux). Asks the tmux server of `TMUX` each time, so a setting changed mid-session counts.
    static func blockedReason(environment: [String: String]) -> String? {
        guard environment["TMUX"] != nil, option("allow-passthrough", environment: environment) == "off" else {
            return nil
        }
        return "tmux's allow-passthrough is off"
    }

    /// The status line after a copy that went nowhere: the value itself, so it can be read or selected, and
    /// the setting that makes `y` work.
    static func message(_ reason: String, value: String) -> StatusMessage {
        StatusMessage(
            "not copied (\(reason)): \(TerminalText.sanitize(value)) · tmux set -g allow-passthrough on lets y copy",
            kind: .error)
    }

    /// A global option's value as `tmux show-options -gv` prints it, or nil when tmux cannot say.
    static func option(_ name: String, environment: [String: String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "show-options", "-gv", name]
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
