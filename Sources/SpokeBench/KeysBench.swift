import ArgumentParser
import Browser
import Foundation
import HubSpot
import TerminalUI

/// `spoke bench keys`: our own work per key press (update + view) in a list of N loaded records, and how
/// many cells each frame changes (what ncurses then has to send), against DESIGN.md's budgets.
struct KeysBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Time j/k and PgDn in a list of N loaded records (update + render), and count the cells each changes."
    )

    @Option(name: .long, help: "Records loaded in the list.")
    var records: Int = 100_000

    @Option(name: .long, help: "Key presses timed per key.")
    var presses: Int = 2_000

    func validate() throws {
        guard records >= 1_000, presses > 0 else {
            throw ValidationError("--records must be ≥ 1000, --presses positive")
        }
    }

    func run() throws {
        let started = Date()
        var state = BrowserState(
            registry: .standard, portal: PortalInfo(kind: .demo, baseURL: URL(string: "http://bench")!),
            size: Size(width: 120, height: 40))
        _ = state.apply(.started)
        _ = state.apply(.listReplaced(Self.list(records: records)))
        print(
            "list: \(records) contacts (built in \(String(format: "%.1f", Date().timeIntervalSince(started))) s), "
                + "120×40; pages that leave memory are read back (answered here at once, as the cache would)")
        // Start mid-list, where a real scroll through a long list spends its time.
        for _ in 0..<(records / 2 / 37) { answer(state.apply(.key(.pageDown)), in: &state) }

        for (name, key) in [("j (down)", Key.character("j")), ("k (up)", Key.character("k")), ("PgDn", Key.pageDown)] {
            var times: [Double] = []
            var updates: [Double] = []
            var changed: [Int] = []
            var readBacks = 0
            var previous = BrowserView.render(state)
            let clock = ContinuousClock()
            for _ in 0..<presses {
                let begin = clock.now
                let effects = state.apply(.key(key))
                let updated = clock.now
                var canvas = BrowserView.render(state)
                // A page read back is our work too: its answer is applied on the loop thread and drawn.
                let answered = answer(effects, in: &state)
                if answered > 0 { canvas = BrowserView.render(state) }
                readBacks += answered
                times.append(Self.milliseconds(clock.now - begin))
                updates.append(Self.milliseconds(updated - begin))
                changed.append(Self.changedCells(previous, canvas))
                previous = canvas
            }
            times.sort()
            updates.sort()
            changed.sort()
            let median = times[times.count / 2]
            let p99 = times[min(times.count - 1, times.count * 99 / 100)]
            print(
                String(
                    format: "%@: median %.3f ms (update %.3f ms, view the rest), p99 %.3f ms per press over %d "
                        + "(budget ≤ 2 ms of our own work: %@); cells changed per frame: median %d; "
                        + "pages read back: %d",
                    name, median, updates[updates.count / 2], p99, presses,
                    median <= 2 ? "met" : "NOT met", changed[changed.count / 2], readBacks))
        }
        let list = state.activeList
        print(
            "rows held in memory at the end: \(list?.residentRowCount ?? 0) of \(list?.rowCount ?? 0) "
                + "(\(list?.residentPages.count ?? 0) pages)")
        print(
            "note: cells changed is what reaches ncurses; `spoke bench tty` counts the bytes it sends for them "
                + "(≤ 400 B within the view, ≤ 1.6 KB for a scrolled row)")
    }

    /// Answers the read-backs among `effects` with the rows the cache would hold, and applies them; returns
    /// how many pages were read back.
    @discardableResult
    private func answer(_ effects: [Effect], in state: inout BrowserState) -> Int {
        var count = 0
        for case .readBackPage(let typeID, let page, _, _, _) in effects {
            _ = state.apply(
                .pageReadBack(typeID: typeID, page: page, Self.rows(page: page, records: records), failure: nil))
            count += 1
        }
        return count
    }

    /// A list of `records` contacts in pages of 100, complete (no next page).
    static func list(records: Int) -> RecordList {
        var list = RecordList(typeID: "0-1")
        let pages = (records + 99) / 100
        for page in 0..<pages {
            let next = page + 1 < pages ? Paging(next: .init(after: String((page + 1) * 100))) : nil
            list.markRequested(page: page)
            list.receive(page: page, RecordPage(results: rows(page: page, records: records), paging: next))
        }
        return list
    }

    /// The contacts of page `page` (100 a page) of a list of `records`.
    static func rows(page: Int, records: Int) -> [CRMRecord] {
        let epoch = Date(timeIntervalSince1970: 1_700_000_000)
        return (0..<min(100, records - page * 100)).map { index -> CRMRecord in
            let number = page * 100 + index
            return CRMRecord(
                id: String(100_000 + number),
                properties: [
                    "firstname": "First\(number)", "lastname": "Last\(number % 977)",
                    "email": "person\(number)@example\(number % 53).com", "phone": "+1 415 555 \(number % 10_000)",
                    "lifecyclestage": ["lead", "customer", "subscriber"][number % 3],
                ], createdAt: epoch, updatedAt: epoch)
        }
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    static func changedCells(_ before: Canvas, _ after: Canvas) -> Int {
        guard before.size == after.size else { return after.size.width * after.size.height }
        var count = 0
        for y in 0..<after.size.height {
            for x in 0..<after.size.width where before[x, y] != after[x, y] { count += 1 }
        }
        return count
    }
}
