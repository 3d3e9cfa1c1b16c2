import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// The record view's layout (group headings, internal names, read-only marks) and the editors not
/// covered elsewhere: the bool toggle, dates, and $VISUAL for long text.
@Suite("Record view layout and editors by type", .serialized)
struct EditorKindsTests {
    private static func openFirstContact() async throws -> BrowserHarness {
        let harness = try await BrowserHarness.start(width: 200, height: 60)
        try await harness.press(.enter)
        #expect(harness.app.state.detail?.phase == .loaded)
        return harness
    }

    @Test("rows sit under their property group's label; i shows internal names; read-only and calculated are marked")
    func groupsNamesAndMarks() async throws {
        let harness = try await Self.openFirstContact()
        let groups = try await harness.client.propertyGroups("contacts")
        let contactInfo = try #require(groups.first { $0.name == "contactinformation" })
        #expect(harness.screen.contains("── \(contactInfo.label)"), "\(harness.screen)")
        let rows = harness.app.state.detailRows(try #require(harness.app.state.detail))
        let headings = rows.filter(\.isHeading).map(\.group)
        let order = Dictionary(groups.map { ($0.name, $0.displayOrder) }, uniquingKeysWith: { first, _ in first })
        #expect(headings == headings.sorted { (order[$0] ?? .max) < (order[$1] ?? .max) }, "groups in display order")
        #expect(harness.screen.contains("(calculated)"), "calculated values are marked")
        #expect(harness.screen.contains("First Name"))
        try await harness.press(.character("i"))
        #expect(harness.screen.contains(" firstname "), "internal names on demand: \(harness.screen)")
        #expect(!harness.screen.contains("First Name"))
        try await harness.press(.character("i"))
        #expect(harness.screen.contains("First Name"))
        await harness.stop()
    }

    @Test("e on a bool toggles it; a close date typed as YYYY-MM-DD is staged as midnight UTC in milliseconds")
    func toggleAndDate() async throws {
        let harness = try await Self.openFirstContact()
        let before = (harness.app.state.detail?.record[property: "hs_email_optout"] ?? nil) ?? "false"
        try await harness.selectProperty("hs_email_optout")
        try await harness.press(.character("e"))
        let flipped = before == "true" ? "false" : "true"
        #expect(harness.app.state.detail?.staged["hs_email_optout"] == flipped)
        try await harness.press(.character("e"))
        #expect(harness.app.state.detail?.staged["hs_email_optout"] == nil, "toggling back drops the edit")

        try await harness.press(.escape, .escape, .escape)
        let deals = try #require(harness.app.state.registry.all.firstIndex { $0.id == "0-3" })
        for _ in 0..<(deals - harness.app.state.sidebar.selected) { try await harness.press(.down) }
        try await harness.press(.enter, .enter)
        try await harness.edit("closedate", to: "2027-03-09")
        #expect(harness.app.state.detail?.staged["closedate"] == "1804550400000", "a day is midnight UTC in ms")
        try await harness.edit("closedate", to: "next tuesday")
        #expect(harness.screen.contains("takes a"), "a date that is not one is refused: \(harness.screen)")
        // A day that does not exist is refused by name, not rolled into March (issue 16, item 3).
        try await harness.press(.escape)
        try await harness.edit("closedate", to: "2026-02-30")
        #expect(harness.screen.contains("not \"2026-02-30\""), "\(harness.screen)")
        #expect(harness.app.state.detail?.staged["closedate"] == "1804550400000", "the staged day is unchanged")
        try await harness.press(.escape)
        try await harness.edit("closedate", to: "2028-02-29")
        #expect(harness.app.state.detail?.staged["closedate"] == "1835395200000", "February 29 of a leap year exists")
        await harness.stop()
    }

    @Test("E hands the value to $VISUAL in a private temporary file, stages what it saved, and removes the file")
    func externalEditor() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spoke-visual-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("seen").path
        let script = folder.appendingPathComponent("editor.sh")
        // The "editor" records the file's mode, path and text, then replaces the text.
        try """
        #!/bin/sh
        stat -c '%a' "$1" > '\(log)'
        echo "$1" >> '\(log)'
        cat "$1" >> '\(log)'
        printf 'First line\\nSecond line\\n' > "$1"
        """.write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        setenv("VISUAL", script.path, 1)
        defer { unsetenv("VISUAL") }

        let harness = try await BrowserHarness.start(width: 200, height: 60)
        try await harness.press(.escape)
        let deals = try #require(harness.app.state.registry.all.firstIndex { $0.id == "0-3" })
        for _ in 0..<(deals - harness.app.state.sidebar.selected) { try await harness.press(.down) }
        try await harness.press(.enter, .enter)
        let old = (harness.app.state.detail?.record[property: "description"] ?? nil) ?? ""
        if harness.app.state.detailRows(try #require(harness.app.state.detail)).allSatisfy({ $0.name != "description" })
        {
            try await harness.press(.character("v"))
            #expect(harness.screen.contains("showing every property, empty ones too"))
        }
        try await harness.selectProperty("description")
        try await harness.press(.character("E"))
        #expect(harness.app.state.detail?.staged["description"] == "First line\nSecond line")
        let seen = try String(contentsOfFile: log, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(seen.first == "600", "the temporary file is private")
        let path = try #require(seen.dropFirst().first.map(String.init))
        #expect(!FileManager.default.fileExists(atPath: path), "the temporary file is removed")
        #expect(seen.dropFirst(2).joined(separator: "\n").hasPrefix(old), "the editor got the current value")
        await harness.stop()
    }
}
