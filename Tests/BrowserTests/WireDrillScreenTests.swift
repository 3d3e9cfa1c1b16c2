import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// What the browser does with what a server sends on the wire (issue 15): silly numbers, broken strings, a server
/// slow to answer. Each drill runs against the real sandbox, switched to misbehave.
@Suite("Browser wire drills (issue 15)")
struct WireDrillScreenTests {
    @Test(
        "a 429 asking to wait \"inf\": the list loads after the client's own longest wait, and the status line says so")
    func sillyRetryAfterIsSaid() async throws {
        var configuration = SandboxConfiguration()
        // Start-up sends several requests at once: with two per 300 ms some meet a 429.
        configuration.traffic = TrafficPolicy(budget: RateBudget(requests: 2, interval: .milliseconds(300)))
        configuration.traffic.retryAfter = "inf"
        let harness = try await BrowserHarness.start(
            width: 120, height: 30, configuration: configuration, startTimeout: .seconds(60),
            retryPolicy: RetryPolicy(maxAttempts: 20, maxDelay: .milliseconds(400)))
        #expect(harness.app.state.activeList?.records.isEmpty == false, "\(harness.screen)")
        #expect(
            harness.screen.contains("server asked to wait \"inf\" (Retry-After); waiting 0.4 s"), "\(harness.screen)")
        await harness.stop()
    }

    @Test("a lone surrogate in one contact's name: the list keeps every row, the bad one marked \"�\" (item 4)")
    func oneBadStringKeepsTheList() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic = TrafficPolicy(bodyFault: .loneSurrogate)
        let harness = try await BrowserHarness.start(width: 120, height: 30, configuration: configuration)
        let list = try #require(harness.app.state.activeList)
        #expect(list.records.count == 100, "\(harness.screen)")
        #expect(harness.screen.contains("\u{FFFD}"), "\(harness.screen)")
        #expect(!harness.screen.contains("not valid JSON"), "\(harness.screen)")
        await harness.stop()
    }

    @Test(
        "a 201 whose body does not parse: said as created, the form closes, a second Ctrl-s creates nothing (item 10)")
    func createdButUnreadable() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic = TrafficPolicy(bodyFault: .malformedJSON)
        configuration.traffic.bodyFaultOnWritesOnly = true
        let harness = try await BrowserHarness.start(width: 200, height: 40, configuration: configuration)
        let before = harness.server.portal.count(of: "contacts")
        try await harness.press(.character("n"))
        try await harness.selectProperty("email")
        try await harness.press(.character("e"))
        try await harness.type("unreadable.answer@example.com")
        try await harness.press(.enter, .control("s"))
        #expect(harness.server.portal.count(of: "contacts") == before + 1)
        #expect(harness.screen.contains("created the contact, but its answer was unreadable"), "\(harness.screen)")
        #expect(harness.app.state.detail?.isNew != true, "the form is closed (the detail pane previews the list)")
        try await harness.press(.control("s"))
        #expect(harness.server.portal.count(of: "contacts") == before + 1, "no duplicate")
        await harness.stop()
    }
}
