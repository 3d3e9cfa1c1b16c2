import ArgumentParser
import Foundation

/// `spoke bench scale`: the figures of a very large list in one run on one cache (issue 17's budgets): the
/// first frame and FTS search (`bench cache`), our work per key (`bench keys`), and the bytes per key and
/// the resident memory after paging through every row (`bench tty`).
struct ScaleBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract:
            "Run bench cache, keys and tty on one cache of N contacts (default a million) and print their figures."
    )

    @Option(name: .long, help: "Contacts in the cache and the list.")
    var records: Int = 1_000_000

    @Option(name: .long, help: "Runs of each cache measurement; the median is reported.")
    var runs: Int = 5

    @Option(name: .long, help: "Key presses timed per key (bench keys).")
    var presses: Int = 2_000

    @Option(name: .long, help: "Presses measured per key in the terminal (bench tty).")
    var ttyPresses: Int = 200

    @Option(
        name: .long,
        help:
            "Keep the filled cache in this folder, and use it again when it holds N contacts (default: a temporary one)."
    )
    var cacheDir: String?

    func validate() throws {
        guard records >= 1_000, runs > 0, presses > 0, ttyPresses > 0 else {
            throw ValidationError("--records must be ≥ 1000; --runs, --presses and --tty-presses positive")
        }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: cacheDir ?? NSTemporaryDirectory() + "spoke-bench-scale-\(getpid())")
        defer { if cacheDir == nil { try? FileManager.default.removeItem(at: directory) } }
        let started = Date()
        _ = try BenchCache.fill(directory, records: records)
        print(
            "== a cache of \(records) contacts, ready in \(String(format: "%.1f", Date().timeIntervalSince(started))) s "
                + "(\(directory.path))")
        print("== first frame and FTS search (spoke bench cache)")
        try CacheBench.parse(["--records", "\(records)", "--runs", "\(runs)", "--cache-dir", directory.path]).run()
        print("== our work per key (spoke bench keys)")
        try KeysBench.parse(["--records", "\(records)", "--presses", "\(presses)"]).run()
        print("== bytes per key, and memory after paging through every row (spoke bench tty)")
        try TtyBench.parse(["--records", "\(records)", "--presses", "\(ttyPresses)", "--cache-dir", directory.path])
            .run()
    }
}
