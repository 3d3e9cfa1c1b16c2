import Browser
import CRMCache
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

@Suite("Association graph pane", .serialized)
struct GraphScreenTests {
    /// Opens the first contact and its graph at 120×40.
    private static func openGraph(
        prepare: @escaping (Portal) -> Void = { _ in }, cache: CRMCache? = nil
    ) async throws -> BrowserHarness {
        let harness = try await BrowserHarness.start(width: 120, height: 40, cache: cache, prepare: prepare)
        try await harness.press(.enter, .character("a"))
        return harness
    }

    /// Moves the graph's selection to the first row matching `isWanted`.
    private static func select(
        _ harness: BrowserHarness, where isWanted: @escaping (AssociationGraph.Row) -> Bool
    ) async throws {
        let graph = try #require(harness.app.state.graph)
        let index = try #require(graph.rows.firstIndex(where: isWanted), "no such row in \(graph.rows)")
        let steps = index - graph.selection.selected
        for _ in 0..<abs(steps) { try await harness.press(steps > 0 ? .down : .up) }
    }

    private static func isRecord(_ typeID: String, id: String? = nil) -> (AssociationGraph.Row) -> Bool {
        { row in
            guard case .record(_, let target, _, _) = row else { return false }
            return target.typeID == typeID && (id == nil || target.id == id)
        }
    }

    @Test(
        "groups by type with counts, labels and names; l shows a neighbour's own associations; Enter centres; [ comes back"
    )
    func twoHops() async throws {
        let harness = try await Self.openGraph()
        let contact = try #require(harness.app.state.detail?.record)
        let edges = harness.server.portal.associations(of: RecordKey(typeID: "0-1", id: contact.id), toType: "0-2")
        let companyID = try #require(edges.first?.to.id)
        let company = try #require(harness.server.portal.records(of: "companies").first { $0.id == companyID })
        let companyName = try #require(company[property: "name"] ?? nil)
        var screen = harness.screen
        #expect(screen.contains("◉ Contact: \(try #require(contact[property: "firstname"] ?? nil))"), "\(screen)")
        #expect(screen.contains("Companies (\(Set(edges.map(\.to.id)).count))"))
        #expect(screen.contains("\(companyName) (\(companyID))  [Primary"), "the v4 labels show beside the name")

        try await Self.select(harness, where: Self.isRecord("0-2", id: companyID))
        try await harness.press(.character("l"))
        let companyContacts = Set(
            harness.server.portal.associations(
                of: RecordKey(typeID: "0-2", id: companyID), toType: "0-1"
            ).map(\.to.id))
        screen = harness.screen
        #expect(screen.contains("▾ \(companyName)"), "the expanded neighbour is marked")
        #expect(
            screen.contains("    Contacts (\(companyContacts.count))"), "the second hop is indented under it: \(screen)"
        )
        let other = try #require(companyContacts.sorted().first { $0 != contact.id })
        let otherRecord = try #require(harness.server.portal.records(of: "contacts").first { $0.id == other })
        #expect(screen.contains("· \(try #require(otherRecord[property: "firstname"] ?? nil))"))
        #expect(screen.contains("◉ Contact:"), "the first hop stays")

        try await harness.press(.enter)
        #expect(harness.app.state.graph?.root == RecordReference(typeID: "0-2", id: companyID))
        #expect(harness.screen.contains("◉ Company: \(companyName)"))
        #expect(harness.screen.contains("Company \(companyID)"), "the detail pane shows the centred record")
        try await harness.press(.character("["))
        #expect(harness.app.state.graph?.root == RecordReference(typeID: "0-1", id: contact.id))
        #expect(
            harness.app.state.graph?.expanded.contains(RecordReference(typeID: "0-2", id: companyID)) == true,
            "going back restores the graph as it was left")
        try await harness.press(.character("]"))
        #expect(harness.app.state.graph?.root == RecordReference(typeID: "0-2", id: companyID))
        try await harness.press(.escape)
        #expect(harness.app.state.graph == nil)
        #expect(harness.app.state.focus == .detail)
        await harness.stop()
    }

    @Test("the + search tells contacts apart by email and companies by domain, beside the id (issue 16, item 11)")
    func searchShowsEmailAndDomain() async throws {
        let harness = try await Self.openGraph()
        let twins = (0..<2).map { index in
            harness.server.portal.insert(
                "contacts",
                properties: ["firstname": "Dmitri", "lastname": "Ivanova", "email": "dmitri\(index)@twins.example"])
        }
        let company = harness.server.portal.insert(
            "companies", properties: ["name": "Twin Co", "domain": "twinco.example"])
        try await harness.press(.character("+"))
        try await harness.type("contact")
        try await harness.press(.enter)
        try await harness.type("Dmitri Ivanova")
        try await harness.press(.enter)
        for twin in twins {
            let email = (twin[property: "email"] ?? nil) ?? ""
            #expect(harness.screen.contains("\(email) · \(twin.id)"), "\(harness.screen)")
        }
        try await harness.press(.escape, .character("+"))
        try await harness.type("compan")
        try await harness.press(.enter)
        try await harness.type("Twin Co")
        try await harness.press(.enter)
        #expect(harness.screen.contains("twinco.example · \(company.id)"), "\(harness.screen)")
        await harness.stop()
    }

    @Test(
        "+ associates with a record found by search and a label of the pair; - asks, then removes; both through the v4 API"
    )
    func addAndRemove() async throws {
        let harness = try await Self.openGraph()
        let contactID = try #require(harness.app.state.detail?.record.id)
        let linked = Set(
            harness.server.portal.associations(of: RecordKey(typeID: "0-1", id: contactID), toType: "0-3")
                .map(\.to.id))
        let deal = try #require(harness.server.portal.records(of: "deals").first { !linked.contains($0.id) })
        let dealName = try #require(deal[property: "dealname"] ?? nil)

        try await harness.press(.character("+"))
        #expect(harness.screen.contains("Associate"), "\(harness.screen)")
        try await harness.type("deal")
        try await harness.press(.enter)
        try await harness.type(dealName)
        try await harness.press(.enter)
        #expect(harness.screen.contains(dealName), "the search lists the deal: \(harness.screen)")
        let options = try #require(harness.app.state.picker?.options)
        let index = try #require(options.firstIndex { $0.value == deal.id })
        for _ in 0..<index { try await harness.press(.down) }
        try await harness.press(.enter)
        #expect(harness.screen.contains("(no label: the default association)"), "\(harness.screen)")
        let labels = try await harness.client.associationLabels(from: "0-1", to: "0-3").compactMap(\.label)
        let label = try #require(labels.first, "the sandbox defines a contact→deal label")
        try await harness.type(label)
        try await harness.press(.enter)
        #expect(harness.screen.contains("associated \(deal.id)"), "\(harness.screen)")

        let page = try await harness.client.associations(of: "0-1", id: contactID, to: "0-3")
        let created = try #require(page.results.first { $0.toObjectId == deal.id })
        #expect(created.labels.contains(label), "the chosen label was sent: \(created)")
        #expect(
            harness.screen.contains("\(dealName) (\(deal.id))  [\(label)"),
            "the graph reloads with it: \(harness.screen)")

        try await Self.select(harness, where: Self.isRecord("0-3", id: deal.id))
        try await harness.press(.character("-"))
        #expect(harness.screen.contains("Remove every association between"), "\(harness.screen)")
        try await harness.press(.character("n"))
        #expect(
            try await harness.client.associations(of: "0-1", id: contactID, to: "0-3").results
                .contains { $0.toObjectId == deal.id }, "any key but y keeps it")
        try await harness.press(.character("-"), .character("y"))
        let after = try await harness.client.associations(of: "0-1", id: contactID, to: "0-3")
        #expect(!after.results.contains { $0.toObjectId == deal.id })
        #expect(!harness.screen.contains("\(dealName) (\(deal.id))"))
        await harness.stop()
    }

    @Test("a after Enter reads no record: each type's labels and names are read at once, one request per type each")
    func oneRoundAfterEnter() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.enter)
        let beforeGraph = harness.app.state.network.log.count
        try await harness.press(.character("a"))
        let contact = try #require(harness.app.state.detail?.record)
        let graphRequests = harness.app.state.network.log.dropFirst(beforeGraph).map(\.path)
        let graph = try #require(harness.app.state.graph)
        guard case .loaded(let groups)? = graph.hops[graph.root] else {
            Issue.record("the graph did not load: \(graph.hops)")
            return
        }
        let endpoints = Endpoints(.standard)
        #expect(!graphRequests.contains(endpoints.object("0-1", contact.id)), "the record is not read again")
        #expect(groups.count >= 2, "the demo contact is associated with several types: \(groups.map(\.toTypeID))")
        for group in groups {
            #expect(
                graphRequests.filter { $0 == endpoints.associationsBatch("0-1", group.toTypeID, "read") }.count == 1)
            #expect(graphRequests.filter { $0 == endpoints.objectsBatch(group.toTypeID, "read") }.count == 1)
        }
        #expect(graphRequests.count == 2 * groups.count, "\(graphRequests)")
        for group in groups {
            for item in group.items.prefix(5) {
                let name = harness.app.state.graphNames[RecordReference(typeID: group.toTypeID, id: item.id)]
                #expect(name?.isEmpty == false, "\(group.toTypeID) \(item.id) is named")
            }
        }
        await harness.stop()
    }

    @Test("1,200 associated notes page in 500 at a time as the end of the group scrolls into view")
    func largeFanOut() async throws {
        let harness = try await Self.openGraph(prepare: { portal in
            guard let contact = portal.records(of: "contacts").first else { return }
            for index in 0..<1_200 {
                portal.insert(
                    "notes",
                    properties: [
                        "hs_note_body": "bulk note \(index)",
                        "hs_timestamp": "2030-01-01T00:00:00.000Z",
                    ],
                    associations: [(toType: "contacts", toId: contact.id)])
            }
        })
        let contactID = try #require(harness.app.state.detail?.record.id)
        let total = Set(
            harness.server.portal.associations(of: RecordKey(typeID: "0-1", id: contactID), toType: "0-46")
                .map(\.to.id)
        ).count
        #expect(harness.screen.contains("Notes (500+)"), "\(harness.screen)")
        func notes() -> AssociationGraph.Group? {
            guard
                case .loaded(let groups)? = harness.app.state.graph?.hops[RecordReference(typeID: "0-1", id: contactID)]
            else { return nil }
            return groups.first { $0.toTypeID == "0-46" }
        }
        #expect(notes()?.items.count == 500)
        try await harness.press(.character("G"))
        #expect(notes()?.items.count == 1_000, "the next page came in when the end was in view")
        #expect(notes()?.nextAfter != nil)
        try await harness.press(.character("G"))
        #expect(notes()?.items.count == total)
        #expect(notes()?.nextAfter == nil, "the last page ends the group")
        try await harness.press(.character("g"))
        #expect(harness.screen.contains("Notes (\(total))"), "an exact count once complete: \(harness.screen)")
        let graph = try #require(harness.app.state.graph)
        #expect(graph.rows.count > total, "every note has a row")
        #expect(harness.screen.contains("bulk note"), "names are read for the rows in view")
        await harness.stop()
    }

    @Test("a graph seen online is read from the cache offline")
    func offlineFromCache() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-graph-cache-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = try CRMCache(directory: directory, portalKey: "test")
        let online = try await Self.openGraph(cache: cache)
        let onlineRows = try #require(online.app.state.graph?.rows)
        let groupCount = onlineRows.filter { if case .group = $0 { true } else { false } }.count
        #expect(groupCount > 0)
        await online.stop()

        let offline = try await BrowserHarness.start(width: 120, height: 40, cache: cache, offline: true)
        try await offline.press(.enter, .character("a"))
        let rows = try #require(offline.app.state.graph?.rows)
        #expect(
            rows.filter { if case .group = $0 { true } else { false } }.count == groupCount,
            "\(offline.screen)")
        #expect(offline.screen.contains("Companies ("), "\(offline.screen)")
        #expect(!offline.screen.contains("not in the cache"))
        await offline.stop()
    }
}
