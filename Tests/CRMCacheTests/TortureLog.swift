import Foundation

/// What `spoke cache torture` wrote before it was killed: one `saved <seq>` line per committed edit.
enum TortureLog {
    /// The sequence numbers in complete `saved N` lines of the file (a line cut by the kill does not count).
    static func savedSeqs(in path: String) -> Set<Int64> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()  // after the last newline: empty, or a partial line
        return Set(lines.compactMap { line in line.hasPrefix("saved ") ? Int64(line.dropFirst(6)) : nil })
    }
}
