import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

/// Clicks and the wheel, as the ncurses backend reports them when `mouse = true`.
@Suite("Mouse", .serialized)
struct MouseTests {
    @Test("a click selects the row under it, a second click opens it; the wheel scrolls the pane under the pointer")
    func clickAndWheel() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        let list = try #require(harness.app.state.layout.list)
        let records = try #require(harness.app.state.activeList?.records)
        // The list's rows start under its border and header.
        let click = MouseEvent(.click, x: list.x + 5, y: list.y + 2 + 4)
        try await harness.press(.mouse(click))
        #expect(harness.app.state.activeList?.selection.selected == 4)
        #expect(harness.app.state.detail?.record.id == records[4].id, "the detail pane follows the click")
        try await harness.press(.mouse(click))
        #expect(
            harness.app.state.focus == .detail && harness.app.state.detail?.phase == .loaded, "a second click opens")

        try await harness.press(.mouse(MouseEvent(.wheelDown, x: list.x + 5, y: list.y + 10)))
        #expect(
            harness.app.state.focus == .list && harness.app.state.activeList?.selection.selected == 7,
            "the wheel moves three rows in the pane under it")
        try await harness.press(.mouse(MouseEvent(.wheelUp, x: list.x + 5, y: list.y + 10)))
        #expect(harness.app.state.activeList?.selection.selected == 4)

        let sidebar = harness.app.state.layout.sidebar
        let deals = try #require(harness.app.state.registry.all.firstIndex { $0.id == "0-3" })
        try await harness.press(.mouse(MouseEvent(.click, x: sidebar.x + 2, y: sidebar.y + 1 + deals)))
        #expect(harness.app.state.selectedType.id == "0-3" && harness.app.state.focus == .sidebar)
        try await harness.press(.mouse(MouseEvent(.click, x: sidebar.x + 2, y: sidebar.y + 1 + deals)))
        #expect(
            harness.app.state.focus == .list && harness.screen.contains("Deal name"), "a second click enters the type")
        // Clicks on borders, the header or outside every pane do nothing.
        let before = harness.app.state.activeList?.selection.selected
        try await harness.press(
            .mouse(MouseEvent(.click, x: list.x + 5, y: list.y)),
            .mouse(MouseEvent(.click, x: 1, y: 0)))
        #expect(harness.app.state.activeList?.selection.selected == before)
        await harness.stop()
    }

    @Test("overlays take the wheel as arrows and ignore clicks")
    func overlays() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.character("?"))
        try await harness.press(.mouse(MouseEvent(.wheelDown, x: 50, y: 20)))
        #expect(harness.app.state.helpOffset == 3 && harness.app.state.showsHelp)
        try await harness.press(.mouse(MouseEvent(.click, x: 50, y: 20)))
        #expect(harness.app.state.showsHelp, "a click does not close or act through the overlay")
        await harness.stop()
    }
}
