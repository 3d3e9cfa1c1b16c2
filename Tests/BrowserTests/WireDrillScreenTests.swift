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
        // Start-up sends several requests at once: with two per 10 s some meet a 429, however slow the machine.
        configuration.traffic = TrafficPolicy(budget: RateBudget(requests: 2, interval: .seconds(10)))
        configuration.traffic.retryAfter = "inf"
        let harness = try await BrowserHarness.start(
            width: 120, height: 30, configuration: configuration, startTimeout: .seconds(150),
            retryPolicy: RetryPolicy(maxAttempts: 40, maxDelay: .seconds(1)))
        #expect(harness.app.state.activeList?.records.isEmpty == false, "\(harness.screen)")
        #expect(
            harness.screen.contains("server asked to wait \"inf\" (Retry-After); waiting 1 s"), "\(harness.screen)")
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

    @Test(
        "3 s latency: while a record loads, the header names the request and counts the seconds it has waited (item 9)")
    func slowRequestIsNamed() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic.latency = .seconds(3)
        // Start-up is a handful of 3 s requests; a loaded machine takes longer, and start-up is not timed here.
        let harness = try await BrowserHarness.start(
            width: 200, height: 30, configuration: configuration, startTimeout: .seconds(120))
        harness.backend.keys.append(.enter)
        harness.app.step(timeoutMilliseconds: 0)
        // Ordering, not a stopwatch: the note must show while the request is still out (every answer takes 3 s).
        var named: String?
        while !harness.app.isIdle {
            harness.app.step(timeoutMilliseconds: 0)
            if named == nil, harness.screen.contains("s on GET /crm/") { named = harness.screen }
            try await Task.sleep(for: .milliseconds(50))
        }
        let screen = try #require(named, "the slow request was never named: \(harness.screen)")
        // With the bound it cannot pass (the harness's client gives up after 30 s), so the wait has an end in sight.
        #expect(screen.contains(/waiting \d+ s of 30 s on GET \/crm\//), "\(screen)")
        harness.app.step(timeoutMilliseconds: 0)
        #expect(!harness.screen.contains("s on GET /crm/"), "the note goes with the answer: \(harness.screen)")
        await harness.stop()
    }
}
