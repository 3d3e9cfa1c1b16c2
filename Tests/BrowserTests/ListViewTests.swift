import Browser
import Foundation
import HubSpot
import TerminalUI
import Testing

/// Columns (c), sort (s), bookmarks (b) and history across types, against the sandbox.
@Suite("List columns, sort, bookmarks and history", .serialized)
struct ListViewTests {
    private static func store() -> (PortalPreferencesStore, URL) {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "spoke-prefs-\(UUID().uuidString)")
        return (PortalPreferencesStore(fileURL: folder.appendingPathComponent("demo-portal.json")), folder)
    }

    /// Picks the option labelled `label` in the open picker (moving to it, then Enter).
    private static func pick(_ label: String, in harness: BrowserHarness) async throws {
        let picker = try #require(harness.app.state.picker)
        let index = try #require(picker.visible.firstIndex { $0.label == label }, "no option \(label)")
        let steps = index - picker.selection.selected
        for _ in 0..<abs(steps) { try await harness.press(steps > 0 ? .down : .up) }
        try await harness.press(.enter)
    }

    /// The list's header row (between the sidebar and the detail pane).
    private static func listHeader(_ harness: BrowserHarness) -> String {
        let parts = harness.canvas.textLines[2].components(separatedBy: "││")
        return parts.count > 1 ? parts[1] : ""
    }

    @Test("s sorts through HubSpot's search, in the server's order; s on the same column reverses; the choice is kept")
    func sortByColumn() async throws {
        let (store, folder) = Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let harness = try await BrowserHarness.start(width: 120, height: 40, preferences: store)
        try await harness.press(.character("s"))
        #expect(harness.screen.contains("Sort Contacts by"))
        try await Self.pick("Last Name", in: harness)
        let expected = try await harness.client.search(
            "contacts", SearchRequest(sorts: [SearchSort("lastname")], properties: ["lastname"], limit: 100))
        var rows = try #require(harness.app.state.activeList?.records)
        #expect(rows.prefix(100).map(\.id) == expected.results.map(\.id), "the rows are the server's sorted page")
        let names = rows.prefix(100).compactMap { $0.properties["lastname"] ?? nil }
        #expect(names.first != names.last)
        var screen = harness.screen
        #expect(screen.contains("Name ▲ lastname"), "the header marks the sorted column: \(screen)")
        #expect(screen.contains("sorted by Last Name ▲"), "\(screen)")

        try await harness.press(.character("s"))
        try await Self.pick("Last Name", in: harness)
        let descending = try await harness.client.search(
            "contacts",
            SearchRequest(sorts: [SearchSort("lastname", .descending)], properties: ["lastname"], limit: 100))
        rows = try #require(harness.app.state.activeList?.records)
        #expect(rows.prefix(100).map(\.id) == descending.results.map(\.id))
        screen = harness.screen
        #expect(screen.contains("sorted by Last Name ▼"), "\(screen)")
        // Scrolling on pages through the sorted search.
        for _ in 0..<6 { try await harness.press(.pageDown) }
        rows = try #require(harness.app.state.activeList?.records)
        #expect(rows.count > 100 && Set(rows.map(\.id)).count == rows.count, "the next pages arrived, each row once")
        let saved = try store.load()
        #expect(saved.sorts["0-1"] == ListSort(property: "lastname", descending: true))
        await harness.stop()

        let again = try await BrowserHarness.start(width: 120, height: 40, preferences: store)
        #expect(
            again.app.state.activeList?.records.first?.id == descending.results.first?.id,
            "a new session opens the list sorted as it was left")
        try await again.press(.character("s"))
        try await Self.pick("(HubSpot's order: every record)", in: again)
        #expect(!again.screen.contains("sorted by"))
        #expect(try store.load().sorts.isEmpty)
        await again.stop()
    }

    @Test("c chooses columns: the list asks for and shows them, a new session keeps them, none means the config's")
    func chooseColumns() async throws {
        let (store, folder) = Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let harness = try await BrowserHarness.start(
            width: 120, height: 40, preferences: store,
            configuredColumns: ["contacts": ["email", "city"]])
        var header = Self.listHeader(harness)
        #expect(
            header.contains("Name") && header.contains("City") && !header.contains("Lifecycle"),
            "the config's [columns] come after the name: \(header)")
        try await harness.press(.character("c"))
        try await harness.type("job")
        try await harness.press(.character(" "), .control("u"))
        try await harness.type("city")
        try await harness.press(.character(" "), .enter)
        header = Self.listHeader(harness)
        #expect(header.contains("Job Title") && !header.contains("City"), "\(header)")
        let screen = harness.screen
        let first = try #require(harness.app.state.activeList?.records.first)
        let jobTitle = try #require(first.properties["jobtitle"] ?? nil, "the list asked for the new column")
        #expect(screen.contains(String(jobTitle.prefix(8))), "its values show: \(screen)")
        #expect(try store.load().columns["0-1"] == ["email", "jobtitle"])
        await harness.stop()

        let again = try await BrowserHarness.start(
            width: 120, height: 40, preferences: store,
            configuredColumns: ["contacts": ["email", "city"]])
        #expect(Self.listHeader(again).contains("Job Title"))
        try await again.press(.character("c"))
        try await again.type("email")
        try await again.press(.character(" "), .control("u"))
        try await again.type("job")
        try await again.press(.character(" "), .enter)
        header = Self.listHeader(again)
        #expect(header.contains("City") && !header.contains("Job Title"), "back to the config's columns: \(header)")
        #expect(try store.load().columns.isEmpty)
        await again.stop()
    }

    @Test("chosen columns come out in the order chosen, not alphabetically (issue 16, item 7)")
    func columnsKeepTheOrderChosen() async throws {
        let (store, folder) = Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let harness = try await BrowserHarness.start(
            width: 160, height: 40, preferences: store, configuredColumns: ["contacts": ["email"]])
        try await harness.press(.character("c"))
        try await harness.type("phone")
        try await harness.press(.character(" "), .control("u"))
        try await harness.type("city")
        try await harness.press(.character(" "), .enter)
        #expect(try store.load().columns["0-1"] == ["email", "phone", "city"])
        let header = Self.listHeader(harness)
        let phone = try #require(header.range(of: "Phone Number"), "\(header)")
        let city = try #require(header.range(of: "City"), "\(header)")
        #expect(phone.lowerBound < city.lowerBound, "Phone Number was chosen first: \(header)")
        await harness.stop()
    }

    @Test("columns past the width are named at the header's end instead of vanishing (issue 16, item 7)")
    func hiddenColumnsSaySo() async throws {
        let harness = try await BrowserHarness.start(
            width: 100, height: 30,
            configuredColumns: ["contacts": ["email", "phone", "city", "jobtitle", "company", "country"]])
        let header = Self.listHeader(harness)
        #expect(header.contains("+"), "a note says columns are left out: \(header)")
        #expect(header.contains("more column") || header.contains(" > "), "\(header)")
        #expect(!header.contains("Country") || header.contains("Country/Region"), "\(header)")
        let note = try #require(header.range(of: "+"))
        // Named when the names fit beside the columns, else counted, with the key that scrolls to them.
        #expect(header[note.lowerBound...].contains("Country") || header.contains("more columns >"), "\(header)")
        await harness.stop()
    }

    @Test("> scrolls the columns that do not fit into view, the name staying; < scrolls back (issue 16, item 7)")
    func columnsScrollSideways() async throws {
        let harness = try await BrowserHarness.start(
            width: 100, height: 30,
            configuredColumns: ["contacts": ["email", "phone", "city", "jobtitle", "company", "country"]])
        let start = Self.listHeader(harness)
        #expect(start.contains("Name") && start.contains("Email") && !start.contains("Company Name  "), "\(start)")
        try await harness.press(.character("<"))
        #expect(harness.screen.contains("the columns are at their start"), "\(harness.screen)")
        var header = start
        var presses = 0
        while !harness.screen.contains("every column to the right is shown"), presses < 10 {
            header = Self.listHeader(harness)
            try await harness.press(.character(">"))
            presses += 1
            #expect(Self.listHeader(harness).contains("Name"), "the name column stays: \(Self.listHeader(harness))")
        }
        // The last press was refused: it is the one that said so.
        presses -= 1
        #expect(presses > 0 && presses < 6, "\(presses) presses reach the last column")
        #expect(header.contains("Country"), "the last column is reached: \(header)")
        #expect(!header.contains("Email"), "the columns before it scrolled out: \(header)")
        #expect(header.contains("‹\(presses) <"), "the note says how many are out on the left: \(header)")
        // The first row's values moved with their headers: its country is shown, not its email.
        let row = harness.canvas.textLines[3]
        #expect(!row.contains("@"), "\(row)")
        for _ in 0..<presses { try await harness.press(.character("<")) }
        #expect(Self.listHeader(harness) == start, "back where it started")
        await harness.stop()
    }

    @Test("b bookmarks a record; the palette offers it first in a new session and opens it; b again removes it")
    func bookmarks() async throws {
        let (store, folder) = Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let harness = try await BrowserHarness.start(width: 120, height: 40, preferences: store)
        try await harness.press(.down, .down, .enter)
        let record = try #require(harness.app.state.detail?.record)
        let name = ObjectTypeRegistry.standard.resolve("0-1")!.displayName(of: record)
        try await harness.press(.character("b"))
        #expect(harness.screen.contains("bookmarked \(name)"))
        #expect(try store.load().bookmarks == [Bookmark(typeID: "0-1", id: record.id, name: name)])
        await harness.stop()

        let again = try await BrowserHarness.start(width: 120, height: 40, preferences: store)
        try await again.press(.character(":"))
        let first = try #require(again.app.state.picker?.visible.first)
        #expect(first.label == name && first.note.contains("bookmark"), "\(again.screen)")
        try await again.press(.enter)
        #expect(again.app.state.detail?.record.id == record.id && again.app.state.detail?.phase == .loaded)
        try await again.press(.character("b"))
        #expect(try store.load().bookmarks.isEmpty)
        await again.stop()
    }

    @Test("[ and ] go back and forward across types entered from the sidebar")
    func historyAcrossTypes() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.escape, .down, .enter)
        #expect(harness.app.state.selectedType.id == "0-2" && harness.app.state.focus == .list)
        try await harness.press(.enter)
        let company = try #require(harness.app.state.detail?.record.id)
        try await harness.press(.escape, .escape, .down, .enter)
        #expect(harness.app.state.selectedType.id == "0-3")
        try await harness.press(.character("["))
        #expect(harness.app.state.selectedType.id == "0-2", "back to companies")
        #expect(harness.app.state.activeList?.selectedRecord?.id == company, "where the list was left")
        try await harness.press(.character("["))
        #expect(harness.app.state.selectedType.id == "0-1", "back to contacts")
        #expect(harness.app.state.focus == .list)
        try await harness.press(.character("]"), .character("]"))
        #expect(harness.app.state.selectedType.id == "0-3", "forward to deals again")
        await harness.stop()
    }

    @Test("a preferences file that is not JSON is named, left as it is, and nothing is saved over it")
    func malformedPreferences() throws {
        let (store, folder) = Self.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{\"bookmarks\": [ {\"typeID\": 7} ]".utf8).write(to: store.fileURL)
        #expect(throws: PreferencesError.self) { try store.load() }
        do {
            _ = try store.load()
        } catch {
            #expect("\(error)".contains(store.fileURL.path), "\(error)")
        }
        #expect(try String(contentsOf: store.fileURL, encoding: .utf8) == "{\"bookmarks\": [ {\"typeID\": 7} ]")
    }
}
