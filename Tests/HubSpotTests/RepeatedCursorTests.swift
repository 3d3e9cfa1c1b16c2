import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

/// A server that names the same next cursor on every page (issue 15, item 5): following cursors blindly would
/// read the same page forever.
@Suite("A cursor named again ends the walk")
struct RepeatedCursorTests {
    @Test("pages stop, with an error that says why, after the records read so far")
    func pagesStop() async throws {
        var configuration = SandboxConfiguration()
        configuration.traffic.bodyFault = .repeatedCursor
        configuration.traffic.bodyFaultRate = 1
        try await withSandbox(configuration) { server in
            let client = HubSpotClient(baseURL: server.baseURL, credentials: nil)
            var read = 0
            var pages = 0
            await #expect {
                for try await page in client.pages("contacts", ListQuery(limit: 100)) {
                    read += page.count
                    pages += 1
                    if pages > 10 { break }
                }
            } throws: { error in
                guard case HubSpotError.malformedResponse(_, let detail) = error else { return false }
                return detail.contains("named the cursor \"100\" again")
            }
            #expect(pages == 2, "the first page and the one at the cursor; then the cursor came back")
            #expect(read == 200)
        }
    }
}
