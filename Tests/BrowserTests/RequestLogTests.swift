import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

@Suite("Request log and in-flight count")
struct RequestLogTests {
    @Test("L lists the calls newest first with method, status, time and path; no token or query string; Esc closes")
    func requestLog() async throws {
        let harness = try await BrowserHarness.start(width: 140, height: 40)
        try await harness.press(.enter, .character("L"))
        let screen = harness.screen
        #expect(
            screen.contains("Requests (last 200) · API \(APIVersion.standard.name)"),
            "the generation is named: \(screen)")
        let log = harness.app.state.network.log
        let newest = try #require(log.last)
        #expect(
            newest.path.hasPrefix(Endpoints(.standard).object("0-1", "")),
            "the record read is the newest, on the generation's path: \(newest)")
        #expect(screen.contains("GET    200"), "\(screen)")
        #expect(screen.contains(newest.path))
        #expect(
            !screen.split(separator: "\n").contains { $0.contains("/crm/") && $0.contains("?") },
            "no query strings (they could carry values)")
        #expect(!screen.lowercased().contains("bearer"))
        #expect(harness.app.state.network.inFlight == 0, "every request sent was answered")
        #expect(screen.contains("0 in flight"))
        try await harness.press(.escape)
        #expect(!harness.app.state.showsRequestLog)
        await harness.stop()
    }

    @Test("a request with no answer is logged as such and leaves nothing in flight")
    func noAnswer() {
        var status = NetworkStatus()
        status.record(.sent(method: .get, path: "/crm/v3/objects/contacts"))
        #expect(status.inFlight == 1)
        status.record(.noAnswer(method: .get, path: "/crm/v3/objects/contacts", detail: "connection refused"))
        #expect(status.inFlight == 0)
        #expect(status.log.last?.line == "GET    --- no answer  /crm/v3/objects/contacts  (connection refused)")
        for index in 0..<250 {
            status.record(.response(method: .get, path: "/p/\(index)", status: 200, milliseconds: 5, rateLimit: nil))
        }
        #expect(status.log.count == NetworkStatus.logLimit)
        #expect(status.log.last?.path == "/p/249")
    }
}
