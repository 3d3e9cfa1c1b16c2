import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// Fault drills against the whole browser (issue 7): a slow server, a rate-limited one, a huge value and
/// a record with ten thousand associations. Each ends in a usable screen, never a hang or an error dialog.
@Suite("Browser fault drills", .serialized)
struct DrillScreenTests {
    @Test("2 s latency: keys are handled while a record loads, and Esc cancels its request at once")
    func slowServerAndEsc() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic.latency = .seconds(2)
        // Start-up is a handful of 2 s requests; on a machine busy with the rest of the suite they can take a
        // while, and start-up is not what this drill times.
        let harness = try await BrowserHarness.start(
            width: 120, height: 40, configuration: configuration, startTimeout: .seconds(90))
        let clock = ContinuousClock()
        harness.backend.keys.append(.enter)
        harness.app.step(timeoutMilliseconds: 0)
        #expect(harness.app.state.detail?.phase == .loading && !harness.app.isIdle, "the record is loading")
        // The keyboard never waits for the network: the detail pane moves while the request is out.
        harness.backend.keys.append(.escape)
        let pressed = clock.now
        harness.app.step(timeoutMilliseconds: 0)
        #expect(harness.app.state.focus == .list, "Esc went back at once")
        #expect(harness.screen.contains("cancelled what was loading"), "\(harness.screen)")
        // A request waited out is logged with the server's 200 once its 2 s are up; a cancelled one ends unanswered
        // ("cancelled"), or never leaves when Esc comes before its turn. The log, not the clock, says which: a
        // loaded machine has stalled a loopback answer for 8 s. So step for 3 s, then read the log.
        while clock.now - pressed < .seconds(3) {
            harness.app.step(timeoutMilliseconds: 0)
            try await Task.sleep(for: .milliseconds(5))
        }
        let record = harness.app.state.network.log.filter { $0.path.hasSuffix("/0-1/101") }
        #expect(
            record.allSatisfy { $0.status == nil && $0.note == "cancelled" }, "cancelled, not waited out: \(record)")
        try await harness.settle()
        #expect(harness.app.state.connection.isOffline == false, "a cancelled request is not an outage")
        // r loads it again, slowly but surely.
        try await harness.press(.tab, .character("r"))
        #expect(harness.app.state.detail?.phase == .loaded, "\(harness.screen)")
        await harness.stop()
    }

    @Test("a server that names the same cursor again: scrolling stops at the rows read, and the status line says why")
    func repeatedCursor() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic.bodyFault = .repeatedCursor
        configuration.traffic.bodyFaultRate = 1
        let harness = try await BrowserHarness.start(width: 120, height: 40, configuration: configuration)
        var said = false
        for _ in 0..<6 {
            try await harness.press(.end)
            said = said || harness.screen.contains("named the cursor \"100\" again")
        }
        let list = try #require(harness.app.state.activeList)
        #expect(list.records.count == 200, "the first page and the one at the cursor, then no more")
        #expect(list.isComplete)
        #expect(said, "the status line said why the list stopped")
        #expect(list.failure?.contains("named the cursor \"100\" again") == true)
        await harness.stop()
    }

    @Test("30% of answers are 429s: browsing every contact completes, the request log shows them, no error is shown")
    func rateLimited() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic.errorRate = 0.3
        configuration.traffic.injectedStatuses = [429]
        let harness = try await BrowserHarness.start(width: 120, height: 40, configuration: configuration)
        let expected = harness.server.portal.count(of: "contacts")
        for _ in 0..<40 where harness.app.state.activeList?.isComplete != true {
            try await harness.press(.character("G"))
        }
        let list = try #require(harness.app.state.activeList)
        #expect(list.isComplete && list.records.count == expected && Set(list.records.map(\.id)).count == expected)
        #expect(harness.app.state.message?.kind != .error, "\(harness.screen)")
        #expect(list.failure == nil)
        let limited = harness.app.state.network.log.filter { $0.status == 429 }.count
        #expect(limited > 0, "429s were answered and retried")
        try await harness.press(.character("L"))
        #expect(harness.screen.contains(" 429 "), "the request log shows them:\n\(harness.screen)")
        await harness.stop()
    }

    @Test(
        "broken answers (malformed JSON, an HTML page, a cut body) show a clear error in the list, never a crash or a hang",
        arguments: [BodyFault.malformedJSON, .wrongContentType, .truncatedBody])
    // A body cut short is a connection failing mid-answer: the client cannot tell it from a network going away,
    // so that one also turns the session offline (and the probe brings it back).
    func brokenBodies(_ fault: BodyFault) async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic.bodyFault = fault
        let harness = try await BrowserHarness.start(width: 120, height: 40, configuration: configuration)
        let screen = harness.screen
        #expect(screen.contains("Could not load contacts:"), "\(screen)")
        let failure = try #require(harness.app.state.activeList?.failure)
        let expected = [
            BodyFault.malformedJSON: "(HTTP 200): body: The given data was not valid JSON",
            .wrongContentType: "expected JSON, got text/html", .truncatedBody: "transfer closed",
        ][fault]!
        #expect(failure.contains(expected), "\(fault): \(failure)")
        if fault == .truncatedBody {
            #expect(screen.contains("OFFLINE: server unreachable, retrying"), "no cache, so no cached data is claimed")
        } else {
            #expect(harness.app.state.connection.isOffline == false, "an answer that cannot be read is not an outage")
        }
        await harness.stop()
    }

    @Test(
        "a 1 MB property value (a job title) opens, draws one clipped line, and the record stays quick to move through")
    func hugeValue() async throws {
        let huge = String(repeating: "lorem ipsum dolor sit amet ", count: 40_000)
        let harness = try await BrowserHarness.start(
            width: 120, height: 40,
            prepare: { portal in
                portal.insert(
                    "contacts",
                    properties: [
                        "firstname": "Hugo", "lastname": "Large",
                        "email": "hugo.large@example.com", "jobtitle": huge,
                    ])
            })
        try await harness.press(.character("/"))
        try await harness.type("hugo.large@example.com")
        try await harness.press(.enter, .enter)
        let record = try #require(harness.app.state.detail?.record)
        #expect((record.properties["jobtitle"] ?? nil)?.utf8.count == huge.utf8.count, "the whole value arrived")
        let line = try #require(harness.canvas.textLines.first { $0.contains("lorem ipsum") })
        #expect(line.contains("…"), "clipped to the pane: \(line)")
        try await harness.press(.character("G"), .character("g"), .down)
        #expect(harness.app.state.detail?.phase == .loaded)
        await harness.stop()
    }

    @Test("a record with 10,000 associated notes: the graph reads one page and the names on screen, not 10,000")
    func tenThousandAssociations() async throws {
        let harness = try await BrowserHarness.start(
            width: 120, height: 40,
            prepare: { portal in
                guard let contact = portal.records(of: "contacts").first else { return }
                for index in 0..<10_000 {
                    portal.insert(
                        "notes",
                        properties: ["hs_note_body": "note \(index)", "hs_timestamp": "2030-01-01T00:00:00.000Z"],
                        associations: [(toType: "contacts", toId: contact.id)])
                }
            })
        try await harness.press(.enter)
        let before = harness.app.state.network.log.count
        try await harness.press(.character("a"))
        let requests = harness.app.state.network.log.dropFirst(before)
        #expect(harness.screen.contains("Notes (500+)"), "\(harness.screen)")
        #expect(requests.count <= 8, "bounded work: \(requests.map(\.path))")
        let graph = try #require(harness.app.state.graph)
        #expect(graph.rows.count < 700, "one page of notes, not all of them: \(graph.rows.count) rows")
        try await harness.press(.pageDown, .pageDown)
        #expect(harness.app.state.graph != nil && harness.app.isIdle)
        await harness.stop()
    }
}
