import Browser
import Foundation
import TerminalUI
import Testing

@Suite("y copies the record id through OSC 52")
struct CopyTests {
    @Test("y on a row emits OSC 52 with the id in base64 and says so; in tmux it goes through the passthrough")
    func copySelectedRow() async throws {
        let harness = try await BrowserHarness.start(width: 100, height: 20)
        harness.app.insideTmux = false
        let id = try #require(harness.app.state.activeList?.selectedRecord?.id)
        try await harness.press(.character("y"))
        let bytes = try #require(harness.backend.emitted.last?.bytes)
        let expected = "\u{1B}]52;c;" + Data(id.utf8).base64EncodedString() + "\u{07}"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(harness.screen.contains("copied record id \(id) to the clipboard"), "\(harness.screen)")

        harness.app.insideTmux = true
        try await harness.press(.down, .character("y"))
        let second = try #require(harness.app.state.activeList?.selectedRecord?.id)
        #expect(second != id)
        let wrapped = String(decoding: try #require(harness.backend.emitted.last?.bytes), as: UTF8.self)
        #expect(wrapped == "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;" + Data(second.utf8).base64EncodedString() + "\u{07}\u{1B}\\")
        #expect(harness.backend.emitted.count == 2)
        await harness.stop()
    }

    @Test("the clipboard payload cannot end the sequence early, whatever the text")
    func payloadIsInert() {
        let hostile = "a\u{07}b\u{1B}\\c\u{1B}]0;owned\u{07}"
        let bytes = ControlSequence.clipboard(hostile, insideTmux: false).bytes
        let payload = bytes.dropFirst(7).dropLast()
        #expect(!payload.contains(0x07) && !payload.contains(0x1B))
        #expect(bytes.last == 0x07)
    }
}
