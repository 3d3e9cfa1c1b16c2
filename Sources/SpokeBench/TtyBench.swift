import ArgumentParser
import Browser
import Foundation
import TerminalUI

/// `spoke bench tty`: the real binary under a pty of ours, browsing a cache of N contacts offline: the
/// bytes it writes to the terminal per j, k and PgDn, then its resident memory once all N are paged in.
struct TtyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tty",
        abstract: "Count the bytes spoke writes to a 120×40 pty per j/k/PgDn, and its memory after paging in N records."
    )

    @Option(name: .long, help: "Contacts in the cache.")
    var records: Int = 100_000

    @Option(name: .long, help: "Presses measured per key.")
    var presses: Int = 200

    @Option(name: .long, help: "Silence (ms) that ends a frame: the output of a press is what arrives before it.")
    var quietMs: Int = 50

    @Option(name: .long, help: "Keep the filled cache in this folder (default: a temporary one, removed after).")
    var cacheDir: String?

    /// The terminal the budgets are stated for.
    static let columns = 120, rows = 40

    func validate() throws {
        guard records >= 1_000, presses > 0, quietMs > 0 else {
            throw ValidationError("--records must be ≥ 1000, --presses and --quiet-ms positive")
        }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: cacheDir ?? NSTemporaryDirectory() + "spoke-bench-tty-\(getpid())")
        defer { if cacheDir == nil { try? FileManager.default.removeItem(at: directory) } }
        let started = Date()
        _ = try BenchCache.fill(directory, records: records)
        print(
            "cache: \(records) contacts in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; "
                + "spoke --demo --offline under a \(Self.columns)×\(Self.rows) pty, TERM=xterm-256color, LC_ALL=C.UTF-8"
        )

        let terminal = try PseudoTerminal(
            executable: BenchCache.spokeExecutable, arguments: ["--demo", "--offline", "--cache-dir", directory.path],
            environment: Self.environment(directory), columns: Self.columns, rows: Self.rows)
        let first = terminal.read(limit: .seconds(30)) { TerminalStreamText.plain($0).contains("rows 1–") }
        guard first.done else { throw ValidationError("spoke drew no list rows in 30 s") }
        // The rest of the first frame, and the pages that load right after it.
        let firstFrame = first.bytes.count + terminal.readUntilQuiet(.milliseconds(300)).count
        let startMemory = try ProcessMemory(pid: terminal.pid)
        print(
            "first frame: \(firstFrame) bytes (a full repaint, and what followed it within 300 ms); "
                + "resident then \(startMemory.text)")

        let quiet = Duration.milliseconds(quietMs)
        // The list's selection as the app keeps it (the list has focus at start), to tell a step that
        // scrolls the list from one that moves the highlight within it.
        var view = ListState()
        let height = Self.listRowsHeight
        for (name, delta) in [("j", 1), ("k", -1)] {
            var moved: [Int] = []
            var scrolled: [Int] = []
            for _ in 0..<presses {
                let offset = view.offset
                view.move(by: delta, count: records, height: height)
                try terminal.send(name)
                let bytes = terminal.readUntilQuiet(quiet).count
                if view.offset == offset { moved.append(bytes) } else { scrolled.append(bytes) }
            }
            print(Self.summary(name, moved + scrolled, budget: nil))
            for (kind, sizes, budget) in [
                ("highlight moves within the view", moved, 400), ("the list scrolls a row", scrolled, 1_600),
            ] where !sizes.isEmpty {
                print(Self.summary("  \(name) when \(kind)", sizes, budget: budget))
            }
        }
        if let rows = try statusRows(terminal), rows.first != view.offset + 1 {
            print(
                "warning: the status line says rows \(rows.first)–, expected \(view.offset + 1)–; "
                    + "the split between moves and scrolls above is off")
        }
        var pages: [Int] = []
        for _ in 0..<presses {
            try terminal.send("\u{1B}[6~")
            pages.append(terminal.readUntilQuiet(quiet).count)
        }
        print(Self.summary("PgDn", pages, budget: nil))

        let loaded = try pageInEverything(terminal)
        let memory = try ProcessMemory(pid: terminal.pid)
        let growth = memory.residentKB - startMemory.residentKB
        print(
            "resident memory with all \(loaded) of \(records) rows paged in: \(memory.text) "
                + "(budget ≤ 80 MB: \(memory.residentKB <= 80 * 1024 ? "met" : "NOT met")); "
                + String(
                    format: "%.1f MB more than at the first frame, %.0f bytes per row", Double(growth) / 1024,
                    Double(growth) * 1024 / Double(loaded)))
        try terminal.send("q")
        let status = terminal.waitForExit()
        print("quit with q: " + (status == 0 ? "exit 0" : "wait status \(status)"))
    }

    /// Median, p90 and max bytes per press, beside `budget` (issue 17: ≤ 400 B within the view, ≤ 1.6 KB
    /// for a scrolled row).
    static func summary(_ name: String, _ sizes: [Int], budget: Int?) -> String {
        let sorted = sizes.sorted()
        let median = sorted[sorted.count / 2]
        let p90 = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
        let verdict =
            budget.map { budget in
                "budget ≤ \(budget) B per step: " + (median <= budget ? "met" : "NOT met") + " at the median, "
                    + (sorted.last! <= budget ? "met" : "NOT met") + " at the max"
            } ?? "no budget of its own"
        // A frame that comes later than the quiet window is counted with the next press.
        let late = sorted.prefix { $0 == 0 }.count
        return "\(name): median \(median) B, p90 \(p90) B, max \(sorted.last!) B, min \(sorted.first!) B per press "
            + "over \(sizes.count)" + (late > 0 ? ", \(late) drew nothing within --quiet-ms" : "") + " (\(verdict))"
    }

    /// The list's rows on screen at 120×40 with the list focused, as the app lays it out. The address is
    /// `spoke --demo --offline`'s, never contacted; only the layout is read.
    static var listRowsHeight: Int {
        BrowserState(
            registry: .standard, portal: PortalInfo(kind: .demo, baseURL: URL(string: "http://127.0.0.1:9")!),
            size: Size(width: columns, height: rows)
        ).layout.listRowsHeight
    }

    /// Presses G until the last page has arrived (each G asks for the page after the last loaded
    /// row); returns the row count. The status line is read from a full repaint forced by a resize,
    /// since between repaints ncurses sends only the cells that changed.
    private func pageInEverything(_ terminal: PseudoTerminal) throws -> Int {
        let pages = (records + 99) / 100
        let clock = ContinuousClock()
        let started = clock.now
        var presses = 0
        while presses < pages * 3 {
            let batch = presses == 0 ? pages : 50
            for _ in 0..<batch {
                try terminal.send("G")
                _ = terminal.readUntilQuiet(.milliseconds(15))
            }
            presses += batch
            if let rows = try statusRows(terminal), rows.isComplete {
                print(
                    String(
                        format: "paged in with %d presses of G in %.1f s", presses,
                        SyncBench.seconds(clock.now - started)))
                return rows.total
            }
        }
        throw ValidationError("the list was still incomplete after \(presses) presses of G")
    }

    /// The status line's "rows a–b of [≥ ]N", read from a full repaint forced by a resize there and
    /// back (between repaints ncurses sends only the cells that changed); nil when it is not found.
    private func statusRows(_ terminal: PseudoTerminal) throws -> StatusRows? {
        try terminal.resize(columns: Self.columns, rows: Self.rows + 1)
        let text = TerminalStreamText.plain(terminal.readUntilQuiet(.milliseconds(200)))
        try terminal.resize(columns: Self.columns, rows: Self.rows)
        _ = terminal.readUntilQuiet(.milliseconds(200))
        guard let range = text.range(of: #"rows \d+–\d+ of (≥ )?\d+"#, options: [.regularExpression, .backwards])
        else { return nil }
        let numbers = text[range].split { !$0.isNumber }.compactMap { Int($0) }
        return StatusRows(first: numbers[0], total: numbers[2], isComplete: !text[range].contains("≥"))
    }

    /// What the status line says about the list.
    private struct StatusRows {
        /// The first row on screen, 1-based.
        let first: Int
        /// The rows loaded.
        let total: Int
        /// Whether the last page has arrived (no "≥").
        let isComplete: Bool
    }

    /// A small, fixed environment: the caller's config, theme or token must not change what is measured.
    static func environment(_ directory: URL) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return [
            "TERM": "xterm-256color", "LC_ALL": "C.UTF-8", "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? directory.path,
            "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path,
        ]
    }
}
