import Browser
import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import TerminalUI
import Testing

@Suite("Browser screens as text", .serialized)
struct ScreenTests {
    @Test("80×24: sidebar and contact list")
    func list80x24() async throws {
        let harness = try await BrowserHarness.start(width: 80, height: 24)
        assertSnapshot(harness.screen, named: "list-80x24")
        #expect(harness.screen.contains("Contacts"))
        #expect(harness.screen.contains("rows 1–18 of ≥ 100"))
        await harness.stop()
    }

    @Test("80×24: Enter shows the record's properties in place of the list")
    func detail80x24() async throws {
        let harness = try await BrowserHarness.start(width: 80, height: 24)
        try await harness.press(.down, .down, .enter)
        assertSnapshot(harness.screen, named: "detail-80x24")
        #expect(harness.app.state.detail?.phase == .loaded)
        #expect(harness.screen.contains("Email"))
        await harness.stop()
    }

    @Test("120×40: sidebar, list and detail side by side")
    func detail120x40() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.character("j"), .enter)
        assertSnapshot(harness.screen, named: "detail-120x40")
        await harness.stop()
    }

    @Test("120×40: deals show stage labels from the property definitions")
    func deals120x40() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.escape, .down, .down, .enter)
        #expect(harness.app.state.selectedType.name == "deals")
        assertSnapshot(harness.screen, named: "deals-120x40")
        await harness.stop()
    }

    @Test("a CJK and emoji company name keeps the columns aligned")
    func wideCharactersKeepColumns() async throws {
        let harness = try await BrowserHarness.start(width: 100, height: 30) { portal in
            _ = portal.insert(
                "companies",
                properties: [
                    "name": "株式会社サクラ 🚀 ロケット", "domain": "sakura.example.jp",
                    "city": "東京",
                ])
        }
        try await harness.press(.escape, .down, .enter, .character("G"))
        let canvas = harness.canvas
        let rows = canvas.textLines
        let header = try #require(rows.firstIndex { $0.contains("Domain") })
        let domainColumn = try #require(
            (0..<canvas.size.width).first { x in
                canvas[x, header].text == "D" && canvas[x + 1, header].text == "o"
            })
        let cjkRow = try #require(rows.firstIndex { $0.contains("株式会社") })
        #expect(canvas[domainColumn, cjkRow].text == "s", "domain column shifted: \(rows[cjkRow])")
        let plainRow = cjkRow - 1
        #expect(canvas[domainColumn - 1, plainRow].text == " ")
        #expect(canvas[domainColumn, plainRow].text != " ")
        await harness.stop()
    }

    @Test("escape sequences and bells in a record are drawn inert and visible")
    func hostileNameIsInert() async throws {
        let harness = try await BrowserHarness.start(width: 100, height: 30) { portal in
            _ = portal.insert("companies", properties: ["name": "Evil \u{1b}[2J\u{07} Corp", "domain": "evil.example"])
        }
        try await harness.press(.escape, .down, .enter, .character("G"), .enter)
        let screen = harness.screen
        #expect(screen.contains("Evil ^[[2J^G Corp"))
        for row in 0..<harness.canvas.size.height {
            for x in 0..<harness.canvas.size.width {
                let scalars = harness.canvas[x, row].text.unicodeScalars
                #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
        await harness.stop()
    }

    @Test("paging: scrolling down fetches the next page before the end, and the count becomes exact")
    func pagingThroughContacts() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        #expect(harness.app.state.activeList?.records.count == 100)
        for _ in 0..<3 { try await harness.press(.pageDown) }
        let list = try #require(harness.app.state.activeList)
        #expect(list.records.count == 200, "second page should arrive before the cursor reaches row 100")
        #expect(harness.screen.contains("of ≥ 200"))
        for _ in 0..<12 { try await harness.press(.pageDown) }
        let total = harness.server.portal.count(of: "contacts")
        let full = try #require(harness.app.state.activeList)
        #expect(full.records.count == total)
        #expect(full.isComplete)
        #expect(Set(full.records.map(\.id)).count == total)
        #expect(harness.screen.contains("of \(total)"))
        try await harness.press(.character("g"))
        #expect(harness.app.state.activeList?.selection.selected == 0)
        await harness.stop()
    }

    @Test("a terminal below the minimum size says so")
    func tooSmall() async throws {
        let harness = try await BrowserHarness.start(width: 40, height: 10)
        #expect(harness.screen.contains("Terminal too small"))
        #expect(harness.screen.contains("need 60×12, have 40×10"))
        await harness.stop()
    }
}
