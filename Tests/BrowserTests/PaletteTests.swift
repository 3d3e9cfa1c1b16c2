import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

@Suite("Command palette", .serialized)
struct PaletteTests {
    @Test(": then a type's name jumps to it; recent records and actions are offered; :q quits")
    func palette() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.enter)
        let opened = try #require(harness.app.state.detail?.record)
        try await harness.press(.escape, .character(":"))
        var screen = harness.screen
        #expect(screen.contains("Go to, or do"), "\(screen)")
        try await harness.type("deals")
        #expect(harness.app.state.picker?.visible.first?.label == "Deals", "the type leads the matches")
        try await harness.press(.enter)
        #expect(harness.app.state.selectedType.id == "0-3")
        #expect(harness.app.state.focus == .list)
        #expect(harness.app.state.activeList?.records.isEmpty == false, "the deals list loaded")

        try await harness.press(.character(":"))
        let options = try #require(harness.app.state.picker?.options)
        #expect(options.contains { $0.value == "record:0-1:\(opened.id)" }, "the record opened before is offered")
        #expect(options.contains { $0.value == "command:graph" && $0.note == "a" }, "actions show their keys")
        try await harness.type("unpin")
        try await harness.press(.enter)
        #expect(
            harness.screen.contains("unpin the record's pinned activity: no activity is pinned"),
            "a disabled action says why: \(harness.screen)")

        try await harness.press(.character(":"))
        try await harness.type("contacts")
        try await harness.press(.enter)
        #expect(harness.app.state.selectedType.id == "0-1")
        try await harness.press(.character(":"), .character("q"), .enter)
        #expect(harness.app.quitRequested)
        screen = harness.screen
        await harness.stop()
    }
}
