import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

@Suite("The / filter", .serialized)
struct FilterTests {
    @Test(
        "fuzzy positions: in order, case and accents ignored, spaces skipped",
        arguments: [
            ("jmu", "José Müller", [0, 5, 6] as [Int]?),
            ("jo mu", "José Müller", [0, 1, 5, 6]),
            ("JOSE", "josé", [0, 1, 2, 3]),
            ("xyz", "José Müller", nil),
            ("", "anything", []),
        ])
    func fuzzy(pattern: String, text: String, expected: [Int]?) {
        #expect(FuzzyMatch.positions(of: pattern, in: text) == expected)
    }

    @Test(
        "matches are the text or word-start pieces, never scattered letters",
        arguments: [
            ("silva", "Olivia Williams olivia.williams@example.com", false),
            ("silva", "Ravi Andersson ravi.andersson@example.com", false),
            ("silva", "Aisha Silva asilva@example.com", true),
            ("jmul", "José Müller", true),
            ("mul", "José Müller", true),
        ])
    func reasonableMatch(pattern: String, text: String, matches: Bool) {
        #expect(FuzzyMatch.matches(pattern, text) == matches)
    }

    @Test("/silva keeps the Silvas, best match first, the matched letters highlighted (issue 16, item 6)")
    func rankedAndHighlighted() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.character("/"))
        try await harness.type("silva")
        let list = try #require(harness.app.state.activeList)
        let type = harness.app.state.selectedType
        let names = (0..<list.visibleCount).map { type.displayName(of: list.records[list.recordIndex(atVisible: $0)]) }
        #expect(!names.isEmpty)
        #expect(!names.contains("Olivia Williams") && !names.contains("Ravi Andersson"), "\(names)")
        let withName = names.prefix { $0.localizedCaseInsensitiveContains("silva") }
        #expect(
            withName.count == names.filter { $0.localizedCaseInsensitiveContains("silva") }.count,
            "names holding the word come first: \(names)")
        let canvas = harness.canvas
        // Below the header row, where the detail pane's title also names the selected record.
        let row = try #require(canvas.textLines.indices.first { $0 > 2 && canvas.textLines[$0].contains(names[0]) })
        let line = canvas.textLines[row]
        let start = try #require(line.range(of: "Silva"))
        let column = line.distance(from: line.startIndex, to: start.lowerBound)
        #expect(canvas[column, row].role.name.hasPrefix("list.match"), "the matched S is highlighted")
        await harness.stop()
    }

    @Test("typing filters the loaded rows live, highlights matches, Tab keeps it, Esc clears it")
    func filterFlow() async throws {
        let harness = try await BrowserHarness.start(width: 100, height: 30)
        let total = try #require(harness.app.state.activeList?.records.count)
        try await harness.press(.character("/"), .character("z"), .character("o"), .character("e"))
        let filtered = try #require(harness.app.state.activeList)
        #expect(filtered.visibleCount > 0 && filtered.visibleCount < total)
        for row in 0..<filtered.visibleCount {
            let record = filtered.records[filtered.recordIndex(atVisible: row)]
            #expect(
                FuzzyMatch.matches(
                    "zoe",
                    RecordRows.searchText(
                        record, type: harness.app.state.selectedType, definitions: [:])))
        }
        #expect(harness.screen.contains("/zoe"))
        #expect(harness.screen.contains("Zoë Nyström"))
        let canvas = harness.canvas
        let row = try #require(canvas.textLines.firstIndex { $0.contains("Zoë Nyström") })
        let column = try #require((0..<canvas.size.width).first { canvas[$0, row].text == "Z" })
        #expect(canvas[column, row].role.name.hasPrefix("list.match"), "the matched Z is highlighted")
        #expect(harness.screen.contains("local filter: \(filtered.visibleCount) match"), "the status says which ran")
        try await harness.press(.tab)
        #expect(harness.app.state.filter?.isEditing == false)
        #expect(harness.screen.contains("filter \"zoe\": \(filtered.visibleCount) of \(total) loaded rows match"))
        try await harness.press(.character("j"))
        #expect(harness.app.state.filter?.text == "zoe", "after Tab, keys move again")
        try await harness.press(.escape)
        #expect(harness.app.state.filter == nil)
        #expect(harness.app.state.activeList?.visibleCount == total)
        await harness.stop()
    }

    @Test("a filter that matches nothing says so; Backspace edits; q is typed, not quit")
    func noMatch() async throws {
        let harness = try await BrowserHarness.start(width: 100, height: 30)
        try await harness.press(.character("/"), .character("q"), .character("q"), .character("x"))
        #expect(!harness.app.quitRequested)
        #expect(harness.screen.contains("No loaded row matches \"qqx\""))
        try await harness.press(.backspace, .backspace, .backspace)
        #expect(harness.app.state.filter?.text == "")
        await harness.stop()
    }

    @Test(
        "Enter runs a HubSpot search: words are text, prop:value and prop>n are filters; the status says so, Esc returns"
    )
    func serverSearch() async throws {
        let harness = try await BrowserHarness.start(width: 160, height: 40)
        let contacts = harness.server.portal.records(of: "contacts")
        let target = try #require(contacts.dropFirst(150).first, "a contact beyond the first loaded page")
        let email = try #require(target.properties["email"] ?? nil)
        try await harness.press(.character("/"))
        try await harness.type(email)
        try await harness.press(.enter)
        #expect(harness.app.state.activeList?.records.map(\.id) == [target.id], "\(harness.screen)")
        #expect(harness.screen.contains("server search \"\(email)\": 1 found"), "\(harness.screen)")
        try await harness.press(.escape)
        #expect(harness.app.state.localSearch == nil)
        #expect((harness.app.state.activeList?.records.count ?? 0) >= 100, "the list is back")

        // Deals: a stage by its label and an amount bound, checked against the sandbox's own data.
        try await harness.press(.escape)
        let deals = try #require(harness.app.state.registry.all.firstIndex { $0.id == "0-3" })
        for _ in 0..<(deals - harness.app.state.sidebar.selected) { try await harness.press(.down) }
        try await harness.press(.enter, .character("/"))
        try await harness.type("dealstage:\"closed won\" amount>5000")
        try await harness.press(.enter)
        let expected = Set(
            harness.server.portal.records(of: "deals").filter {
                ($0.properties["dealstage"] ?? nil) == "closedwon"
                    && (Double(($0.properties["amount"] ?? nil) ?? "") ?? 0) > 5000
            }.map(\.id))
        #expect(!expected.isEmpty)
        #expect(harness.screen.contains("\(expected.count) found"), "\(harness.screen)")
        #expect(Set(harness.app.state.activeList?.records.map(\.id) ?? []) == expected)

        try await harness.press(.escape, .character("/"))
        try await harness.type("dealstage:nowhere")
        try await harness.press(.enter)
        #expect(
            harness.screen.contains("Deal Stage has no option \"nowhere\""), "a bad filter is named: \(harness.screen)")
        await harness.stop()
    }
}
