import Browser
import Foundation
import HubSpot
import Sandbox
import Testing

/// A token never seen before: start-up asks which portal it opens and, beside that question, for the first
/// list page; the list shows that answer instead of asking again (issue 17: first rows after one round trip).
@Suite("The first page asked for ahead of start-up")
struct FirstPageAheadTests {
    /// The list GETs of contacts' first page the sandbox answered, from its access log.
    private static func contactListRequests(_ log: String) -> Int {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { $0.hasPrefix("GET /crm/objects/2026-09/0-1 ") }.count
    }

    @Test("the list's first fetch takes the answer asked for ahead; r asks the server again")
    func firstFetchTakesTheAnswer() async throws {
        let log = NSTemporaryDirectory() + "spoke-ahead-\(UUID().uuidString.prefix(8)).log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        var configuration = SandboxConfiguration()
        configuration.accessLog = log
        let harness = try await BrowserHarness.start(
            width: 120, height: 30, configuration: configuration, firstPageAhead: true)

        let rows = try #require(harness.app.state.activeList?.records)
        #expect(rows.count == BrowserState.pageSize)
        #expect(harness.screen.contains(rows[0].properties["firstname"].flatMap { $0 } ?? "?"))
        // One request for the first page, not the one asked ahead and then the list's own.
        #expect(Self.contactListRequests(log) == 1)

        try await harness.press(.character("r"))
        #expect(Self.contactListRequests(log) == 2, "a refresh must go to the server, not reuse the early answer")
        await harness.stop()
    }
}
