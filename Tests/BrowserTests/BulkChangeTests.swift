import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

@Suite("Bulk changes on marked rows", .serialized)
struct BulkChangeTests {
    @Test(
        "Space marks rows; e sets a property on all through batch update; a record archived meanwhile is named as refused"
    )
    func bulkUpdateWithPartialFailure() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        let records = try #require(harness.app.state.activeList?.records)
        let ids = records.prefix(3).map(\.id)
        try await harness.press(.character(" "), .character(" "), .character(" "))
        #expect(harness.app.state.activeList?.marked == ids)
        #expect(harness.screen.contains("3 marked"))
        #expect(harness.screen.contains("●"), "marked rows are marked: \(harness.screen)")
        harness.server.portal.archive("contacts", id: ids[2])

        try await harness.press(.character("e"))
        #expect(harness.screen.contains("Set which property on 3 contacts?"), "\(harness.screen)")
        try await harness.type("lifecycle")
        try await harness.press(.enter)
        #expect(
            harness.app.state.picker?.options.contains { $0.label == "Lead" } == true,
            "the property's options are offered")
        try await harness.type("lead")
        try await harness.press(.enter)
        #expect(harness.screen.contains("Set Lifecycle Stage to Lead on 3 contacts?"), "\(harness.screen)")
        try await harness.press(.character("y"))
        #expect(harness.screen.contains("updated 2, 1 refused (\(ids[2]):"), "\(harness.screen)")
        for id in ids.prefix(2) {
            let stored = try await harness.client.record("0-1", id: id, properties: ["lifecyclestage"])
            #expect(stored[property: "lifecyclestage"] == "lead")
        }
        #expect(
            harness.app.state.activeList?.records.first?[property: "lifecyclestage"] == "lead",
            "the rows show the new value")
        await harness.stop()
    }

    @Test("d with marked rows asks with the count and archives them all through the batch endpoint")
    func bulkArchive() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        let rows = try #require(harness.app.state.activeList?.records.prefix(2))
        let ids = rows.map(\.id)
        try await harness.press(.character(" "), .character(" "), .character("d"))
        // The question names the records (issue 16, item 11: the README said it did; it only counted them).
        let names = rows.map {
            "\(($0[property: "firstname"] ?? nil) ?? "") \(($0[property: "lastname"] ?? nil) ?? "") (\($0.id))"
        }
        #expect(
            harness.screen.contains("Archive the 2 marked contacts: \(names.joined(separator: ", "))?"),
            "\(harness.screen)")
        try await harness.press(.character("y"))
        let archived = Set(harness.server.portal.records(of: "contacts", archived: true).map(\.id))
        #expect(archived.isSuperset(of: ids))
        #expect(harness.app.state.activeList?.records.contains { ids.contains($0.id) } == false)
        await harness.stop()
    }
}
