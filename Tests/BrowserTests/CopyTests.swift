import Browser
import Foundation
import HubSpot
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
        #expect(
            wrapped == "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;" + Data(second.utf8).base64EncodedString() + "\u{07}\u{1B}\\")
        #expect(harness.backend.emitted.count == 2)
        await harness.stop()
    }

    @Test("y on a create form copies nothing and says why (issue 15, item 10: it copied an empty id)")
    func nothingToCopyOnAForm() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 30)
        try await harness.press(.character("n"))
        #expect(harness.app.state.detail?.isNew == true)
        let emitted = harness.backend.emitted.count
        try await harness.press(.character("y"))
        #expect(harness.backend.emitted.count == emitted, "nothing reached the clipboard")
        #expect(harness.screen.contains("the new record has no id until it is created"), "\(harness.screen)")
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

@Suite("Record URLs: Y copies, o opens or copies")
struct RecordURLTests {
    @Test("a uiDomain that is not a plain host name is not put in a URL (it would reach the terminal)")
    func hostileDomain() {
        for domain in ["evil.example\u{1B}]52;c;SGVsbG8=\u{07}", "a b", "x/y", ""] {
            let url = AccountDetails(portalId: 7, uiDomain: domain).recordURL(typeID: "0-1", id: "5")
            #expect(url == "https://app.hubspot.com/contacts/7/record/0-1/5", "\(domain.debugDescription)")
        }
        #expect(
            AccountDetails(portalId: 7, uiDomain: "app-eu1.hubspot.com").recordURL(typeID: "0-1", id: "5")
                == "https://app-eu1.hubspot.com/contacts/7/record/0-1/5")
    }

    @Test(
        "Y copies the record's HubSpot URL built from the portal's account details; o without a browser copies it too")
    func recordURL() async throws {
        let harness = try await BrowserHarness.start(width: 140, height: 40)
        let account = try await harness.client.accountDetails()
        let id = try #require(harness.app.state.activeList?.selectedRecord?.id)
        let url = "https://\(account.uiDomain ?? "app.hubspot.com")/contacts/\(account.portalId)/record/0-1/\(id)"
        try await harness.press(.character("Y"))
        #expect(harness.screen.contains("copied \(url)"), "\(harness.screen)")
        #expect(harness.backend.emitted.last == .clipboard(url, insideTmux: harness.app.insideTmux))
        unsetenv("BROWSER")
        if ProcessInfo.processInfo.environment["DISPLAY"] == nil,
            ProcessInfo.processInfo.environment["WAYLAND_DISPLAY"] == nil
        {
            try await harness.press(.character("o"))
            #expect(harness.screen.contains("no browser here (over SSH?): copied \(url)"), "\(harness.screen)")
        }
        await harness.stop()
    }
}
