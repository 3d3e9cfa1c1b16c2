import ArgumentParser
import Foundation

/// Times this spoke binary from process start to its first drawn list row, under a pty of `script`'s.
enum FirstRowsTimer {
    /// Runs `spoke arguments` with `environment` (shell assignments) under `script`, the app writing the moment
    /// it drew its first row to a report file in `directory` (`SPOKE_FIRST_FRAME_REPORT`) and quitting; returns
    /// the seconds from just before the spawn to that moment, so `script`'s own start counts against us.
    static func seconds(environment: String, arguments: String, reportIn directory: URL) throws -> Double {
        let report = directory.appendingPathComponent("first-rows-\(UUID().uuidString.prefix(6))").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let command =
            "SPOKE_FIRST_FRAME_REPORT=\(report) TERM=xterm-256color \(environment) "
            + "\(BenchCache.spokeExecutable) \(arguments)"
        var start = timespec()
        clock_gettime(CLOCK_REALTIME, &start)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let status = process.terminationStatus
        guard status == 0, let text = try? String(contentsOfFile: report, encoding: .utf8),
            let drawn = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw ValidationError("spoke \(arguments) drew no list row (exit \(status))") }
        return drawn - (Double(start.tv_sec) + Double(start.tv_nsec) / 1e9)
    }
}
