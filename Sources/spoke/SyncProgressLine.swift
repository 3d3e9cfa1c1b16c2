import CRMCache
import Foundation

/// `spoke cache sync`'s progress: a bar with a count and an ETA redrawn in place on a terminal; a
/// plain line every 1,000 records when the output is a file or a pipe.
final class SyncProgressLine {
    private let label: String
    private let isTerminal: Bool
    private let started = Date()
    private var firstStored: Int?
    private var lastPrinted = 0
    private var drewOnTerminal = false

    init(label: String, isTerminal: Bool) {
        self.label = label
        self.isTerminal = isTerminal
    }

    func show(_ progress: CacheSyncer.Progress) {
        if firstStored == nil {
            firstStored = progress.stored
            if progress.resumed { print("\(label): resuming after \(progress.stored) records") }
        }
        if isTerminal {
            print("\r" + line(progress), terminator: "")
            fflush(nil)
            drewOnTerminal = true
        } else if progress.stored - lastPrinted >= 1_000 {
            lastPrinted = progress.stored
            print("\(label): \(progress.stored)\(progress.total.map { " of \($0)" } ?? "")")
        }
    }

    func finish() {
        if drewOnTerminal { print("") }
    }

    /// "Contacts  [########------------]  4200/10000  42%  ETA 12 s"
    private func line(_ progress: CacheSyncer.Progress) -> String {
        guard let total = progress.total, total > 0 else { return "\(label)  \(progress.stored) records" }
        let fraction = min(1, Double(progress.stored) / Double(total))
        let filled = Int(fraction * 20)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: 20 - filled)
        let done = progress.stored - (firstStored ?? 0)
        let elapsed = Date().timeIntervalSince(started)
        let eta = done > 0 ? Int(elapsed / Double(done) * Double(max(0, total - progress.stored))) : nil
        return "\(label)  [\(bar)]  \(progress.stored)/\(total)  \(Int(fraction * 100))%"
            + (eta.map { "  ETA \($0) s  " } ?? "  ")
    }
}
