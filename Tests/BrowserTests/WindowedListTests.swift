import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// A long list keeps only the pages near the view in memory; the others are read back, the same rows.
@Suite("A windowed list", .serialized)
struct WindowedListTests {
    /// The window's size in rows: the selection's page and `windowRadius` pages either side.
    private static let windowRows = (2 * RecordList.windowRadius + 1) * BrowserState.pageSize

    /// The ids of the rows `range` as the list holds them (`nil` for a row not in memory).
    private static func ids(_ list: RecordList?, _ range: Range<Int>) -> [String?] {
        range.map { list?.record(at: $0)?.id }
    }

    @Test(
        "paging to the end of 2,500 contacts holds at most 11 pages; back at the top (g) and on a far page, the same rows",
        arguments: [true, false])
    func farPagesComeBackTheSame(withCache: Bool) async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-window-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = withCache ? try CRMCache(directory: directory, portalKey: "test") : nil
        let harness = try await BrowserHarness.start(
            width: 120, height: 40, portal: Portal(seed: 42, counts: DemoCounts(contacts: 2_500)), cache: cache)
        let height = harness.app.state.layout.listRowsHeight
        let top = Self.ids(harness.app.state.activeList, 0..<height)
        #expect(top.allSatisfy { $0 != nil }, "the first screen is drawn from rows in memory")
        // Row 1,250 (page 12) as it was first shown, on the way down.
        var middle: [String?] = []
        for _ in 0..<40 where harness.app.state.activeList?.isComplete != true {
            try await harness.press(.character("G"))
            let list = harness.app.state.activeList
            if middle.isEmpty, (list?.rowCount ?? 0) > 1_300 { middle = Self.ids(list, 1_250..<1_260) }
            #expect((list?.residentRowCount ?? 0) <= Self.windowRows, "rows held stay within the window")
        }
        let end = try #require(harness.app.state.activeList)
        #expect(end.isComplete && end.rowCount == 2_500, "every page was read: \(end.rowCount)")
        #expect(end.residentRowCount <= Self.windowRows)
        #expect(end.record(at: 0) == nil, "the first page left memory")

        try await harness.press(.character("g"))
        let back = try #require(harness.app.state.activeList)
        #expect(Self.ids(back, 0..<height) == top, "the first screen's rows came back the same")
        #expect(back.rowCount == 2_500)
        let first = try #require(back.record(at: 0))
        let contacts = try #require(ObjectTypeRegistry.standard.resolve("0-1"))
        #expect(harness.screen.contains(contacts.displayName(of: first)), "\(harness.screen)")

        // PgDn to row 1,250: the page read back holds what was shown there on the way down.
        #expect(!middle.isEmpty && middle.allSatisfy { $0 != nil })
        while (harness.app.state.activeList?.selection.selected ?? 0) < 1_250 { try await harness.press(.pageDown) }
        #expect(Self.ids(harness.app.state.activeList, 1_250..<1_260) == middle)
        #expect((harness.app.state.activeList?.residentRowCount ?? 0) <= Self.windowRows)
        await harness.stop()
    }

    /// The cells that differ between two frames of the same size.
    private static func changedCells(_ before: Canvas, _ after: Canvas) -> [Point] {
        (0..<after.size.height).flatMap { y in
            (0..<after.size.width).compactMap { x in before[x, y] != after[x, y] ? Point(x: x, y: y) : nil }
        }
    }

    @Test(
        "a step redraws only the list's rows and the record beside it; a scroll adds the count, never the header or keys"
    )
    func aStepRedrawsOnlyWhatChanged() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        let layout = harness.app.state.layout
        let list = try #require(layout.list)
        let beside = [list, layout.detail].compactMap { $0 }
        var before = harness.canvas
        try await harness.press(.character("j"))
        let moved = Self.changedCells(before, harness.canvas)
        #expect(!moved.isEmpty && moved.allSatisfy { point in beside.contains { $0.contains(point) } }, "\(moved)")
        // Down to the last row on screen, then one more: the list scrolls a row.
        for _ in 0..<(layout.listRowsHeight - 2) { try await harness.press(.character("j")) }
        before = harness.canvas
        try await harness.press(.character("j"))
        #expect(harness.app.state.activeList?.selection.offset == 1)
        let scrolled = Self.changedCells(before, harness.canvas)
        #expect(
            scrolled.allSatisfy { point in beside.contains { $0.contains(point) } || layout.status.contains(point) })
        #expect(!scrolled.contains { layout.header.contains($0) || layout.footer.contains($0) })
        #expect(!scrolled.contains { layout.sidebar.contains($0) })
        await harness.stop()
    }
}
