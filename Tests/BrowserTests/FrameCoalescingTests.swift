import Browser
import Foundation
import TerminalUI
import Testing

/// Frames follow input bursts, not single keys.
@Suite("Frame coalescing")
struct FrameCoalescingTests {
    @Test("30 j's already waiting are handled in one step and drawn once")
    func burstIsDrawnOnce() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        let drawsBefore = harness.backend.drawCount
        harness.backend.keys.append(contentsOf: Array(repeating: Key.character("j"), count: 30))
        harness.app.step(timeoutMilliseconds: 0)
        #expect(harness.app.state.activeList?.selection.selected == 30)
        #expect(harness.backend.drawCount == drawsBefore + 1, "one frame for the burst")
        #expect(harness.backend.keys.isEmpty)
        await harness.stop()
    }
}
