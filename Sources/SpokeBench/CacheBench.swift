import ArgumentParser
import Browser
import CRMCache
import Foundation
import HubSpot

/// `spoke bench cache`: the local cache's figures beside the goals of the cache issue: the first list
/// frame from a warm cache (process start to a drawn row), FTS5 search, and size on disk.
struct CacheBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Fill a cache with N contacts; time the first frame from it, FTS5 search, and its size."
    )

    @Option(name: .long, help: "Contacts in the cache.")
    var records: Int = 100_000

    @Option(name: .long, help: "Runs of each measurement; the median is reported.")
    var runs: Int = 5

    @Option(name: .long, help: "Keep the filled cache in this folder (default: a temporary one, removed after).")
    var cacheDir: String?

    func validate() throws {
        guard records >= 100, runs > 0 else { throw ValidationError("--records must be ≥ 100 and --runs positive") }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: cacheDir ?? NSTemporaryDirectory() + "spoke-bench-\(getpid())")
        defer { if cacheDir == nil { try? FileManager.default.removeItem(at: directory) } }
        let fillStarted = Date()
        let cache = try BenchCache.fill(directory, records: records)
        let size = cache.sizeOnDisk()
        print(
            "cache: \(records) contacts in \(String(format: "%.1f", Date().timeIntervalSince(fillStarted))) s, "
                + "\(cache.fileURL.path)")
        let perTenK = Double(size) / Double(records) * 10_000 / 1_048_576
        print(
            String(format: "size on disk: %.1f MB in all, %.2f MB per 10k records", Double(size) / 1_048_576, perTenK))

        var medians: [(String, Double)] = []
        for query in ["smith", "maria", "example.com", "ana lee", "+1 415", "zzzz-no-match"] {
            var times: [Double] = []
            for _ in 0..<runs {
                let clock = ContinuousClock()
                let started = clock.now
                _ = try cache.searchLocal(typeID: "0-1", text: query)
                times.append(SyncBench.seconds(clock.now - started))
            }
            medians.append((query, SyncBench.median(times)))
        }
        let slowest = medians.max { $0.1 < $1.1 }!
        print(
            String(
                format: "FTS5 search over %d records (50 best): median of medians %.1f ms (goal ≤ 50 ms), "
                    + "slowest query \"%@\" %.1f ms (goal ≤ 100 ms); ", records,
                SyncBench.median(medians.map(\.1)) * 1000, slowest.0, slowest.1 * 1000)
                + medians.map { String(format: "\"%@\" %.1f ms", $0.0, $0.1 * 1000) }.joined(separator: ", "))

        // What a list pays, off the loop thread, to bring back a page that left memory (decision 0036).
        guard let type = ObjectTypeRegistry.standard.resolve("0-1") else { throw ValidationError("no contacts type") }
        let queryKey = EffectRunner.listQueryKey(type.listProperties)
        let pageCount = (records + 99) / 100
        var reads: [Double] = []
        for index in 0..<max(runs, 20) {
            let clock = ContinuousClock()
            let started = clock.now
            _ = try cache.listPage(typeID: "0-1", queryKey: queryKey, pageIndex: index * 7_919 % pageCount)
            reads.append(SyncBench.seconds(clock.now - started))
        }
        print(
            String(
                format: "a page of 100 read back from the cache (far pages of a list): median %.2f ms over %d pages",
                SyncBench.median(reads) * 1000, reads.count))

        var frames: [Double] = []
        for _ in 0..<runs { frames.append(try firstFrame(directory)) }
        print(
            String(
                format: "first list frame from the warm cache, process start to drawn rows: median %.0f ms, "
                    + "runs %@ (goal ≤ 100 ms)", SyncBench.median(frames) * 1000,
                frames.map { String(format: "%.0f", $0 * 1000) }.joined(separator: "/")))
    }

    /// Runs `spoke --offline` on the cache under a pty; the seconds from process start to its first drawn row.
    private func firstFrame(_ directory: URL) throws -> Double {
        try FirstRowsTimer.seconds(
            environment: "", arguments: "--offline --cache-dir \(directory.path)", reportIn: directory)
    }
}
