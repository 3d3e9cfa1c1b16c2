import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

/// Issue 16, item 11: PgDn pressed fast at the end of the loaded rows is carried to the rows that arrive,
/// not dropped.
@Suite("Paging past the loaded rows")
struct PagingCarryTests {
    @Test("End then two fast PgDn while the next page loads: the selection lands two pages on once it arrives")
    func fastPageDownCarriesOn() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 30)
        let loaded = try #require(harness.app.state.activeList?.records.count)
        let height = harness.app.state.layout.listRowsHeight
        // One burst, as a held or quickly pressed key arrives: nothing answers between the keys.
        harness.backend.keys.append(contentsOf: [.end, .pageDown, .pageDown])
        harness.app.step(timeoutMilliseconds: 0)
        #expect(harness.app.state.activeList?.selection.selected == loaded - 1, "the loaded rows end here for now")
        try await harness.settle()
        let list = try #require(harness.app.state.activeList)
        try #require(list.records.count > loaded, "the next page arrived")
        #expect(list.selection.selected == loaded - 1 + 2 * (height - 1), "both presses were carried")
        #expect(list.carriedMove == nil)
        // End is not carried: it goes to the last row loaded, however many more there are.
        harness.backend.keys.append(.end)
        harness.app.step(timeoutMilliseconds: 0)
        try await harness.settle()
        let after = try #require(harness.app.state.activeList)
        #expect(after.selection.selected == list.records.count - 1, "End stays on the row that was last")
        await harness.stop()
    }
}
