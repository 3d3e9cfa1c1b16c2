import ArgumentParser
import Foundation

/// A process's resident memory now and at its peak, from `/proc/PID/status` (Linux).
struct ProcessMemory {
    /// VmRSS: resident now, in KiB.
    let residentKB: Int
    /// VmHWM: the resident high-water mark, in KiB.
    let peakKB: Int

    /// Reads the figures of `pid`.
    init(pid: pid_t) throws {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
            throw ValidationError("cannot read /proc/\(pid)/status (memory is measured on Linux only)")
        }
        func kilobytes(_ field: String) -> Int? {
            let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") }
            return line?.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap { Int($0) }
        }
        guard let resident = kilobytes("VmRSS"), let peak = kilobytes("VmHWM") else {
            throw ValidationError("no VmRSS/VmHWM in /proc/\(pid)/status")
        }
        residentKB = resident
        peakKB = peak
    }

    /// "VmRSS 61.2 MB, VmHWM 64.0 MB".
    var text: String {
        String(format: "VmRSS %.1f MB, VmHWM %.1f MB", Double(residentKB) / 1024, Double(peakKB) / 1024)
    }
}
