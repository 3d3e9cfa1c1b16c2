import Foundation
@testable import HubSpot
import Testing

extension Fuzzing {
    @Suite("Crashes and unclear errors the fuzzers found, replayed with their exact inputs")
    struct Regressions {
        @Test("a search cursor of Int.max followed by a last page continues above the last id instead of trapping")
        func searchCursorAtIntMax() async throws {
            let record = #"{"id":"9001","properties":{},"createdAt":"2024-12-08T05:27:00.695Z","updatedAt":"2024-12-08T05:27:00.695Z","archived":false}"#
            let client = ClientPath.client(answering: [
                ScriptedTransport.json(200, Array(#"{"paging":{"next":{"after":"9223372036854775807"}},"results":[]}"#.utf8)),
                ScriptedTransport.json(200, Array(#"{"paging":null,"results":[\#(record)]}"#.utf8)),
            ])
            let first = try await client.searchPage("deals", SearchRequest(), cursor: nil)
            #expect(first.nextAfter == "/9223372036854775807")
            let last = try await client.searchPage("deals", SearchRequest(), cursor: first.nextAfter)
            #expect(last.nextAfter == "9001/", "an offset past the cap goes on above the last id seen")
        }
    }
}
