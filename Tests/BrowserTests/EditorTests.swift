import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// The property editor against the sandbox: staging, the diff, saving, validation, conflicts, read-only.
@Suite("Editing properties", .serialized)
struct EditorTests {
    /// Opens the first contact in the detail pane with every property loaded.
    private static func openFirstContact(readOnly: Bool = false, width: Int = 120) async throws -> BrowserHarness {
        let harness = try await BrowserHarness.start(width: width, height: 40, readOnly: readOnly)
        try await harness.press(.enter)
        #expect(harness.app.state.detail?.phase == .loaded)
        return harness
    }

    /// Opens the deals list's first deal.
    private static func openFirstDeal() async throws -> BrowserHarness {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.escape, .down, .down, .enter, .enter)
        #expect(harness.app.state.selectedType.name == "deals")
        #expect(harness.app.state.detail?.phase == .loaded)
        return harness
    }

    @Test("e stages a text edit as old → new; Ctrl-s saves it with one PATCH and the list row follows")
    func stageAndSaveText() async throws {
        let harness = try await Self.openFirstContact()
        let id = try #require(harness.app.state.detail?.record.id)
        let old = try #require(harness.app.state.detail?.record[property: "firstname"] ?? nil)
        try await harness.selectProperty("firstname")
        try await harness.press(.character("e"))
        #expect(harness.screen.contains("First Name (firstname): \(old)"))
        try await harness.press(.control("u"))
        try await harness.type("Xavier")
        try await harness.press(.enter)
        #expect(harness.screen.contains("\(old) → Xavier"), "\(harness.screen)")
        #expect(harness.screen.contains("1 staged"))
        try await harness.press(.control("s"))
        #expect(harness.screen.contains("Save these changes?"), "Ctrl-s shows the diff first")
        #expect(harness.screen.contains("First Name: \(old) → Xavier"), "\(harness.screen)")
        #expect(
            try await harness.client.record("0-1", id: id, properties: ["firstname"])[property: "firstname"] == old,
            "nothing is sent before y")
        try await harness.press(.character("y"))
        #expect(harness.screen.contains("saved 1 change(s)"), "\(harness.screen)")
        let onServer = try await harness.client.record("0-1", id: id, properties: ["firstname"])
        #expect(onServer[property: "firstname"] == "Xavier")
        #expect(harness.app.state.activeList?.records.first?[property: "firstname"] == "Xavier")
        await harness.stop()
    }

    @Test("q with a staged edit asks first, naming how many; any other key keeps editing, y quits (issue 16, item 2)")
    func quitAsksBeforeDroppingStagedEdits() async throws {
        let harness = try await Self.openFirstContact()
        try await harness.edit("firstname", to: "Xavier")
        try await harness.press(.character("q"))
        #expect(!harness.app.quitRequested, "q must not drop a staged edit silently")
        #expect(harness.screen.contains("Quit and drop 1 staged edit(s)? y quits"), "\(harness.screen)")
        try await harness.press(.character("n"))
        #expect(!harness.app.quitRequested)
        #expect(harness.app.state.detail?.staged["firstname"] == "Xavier", "the edit is still staged")
        try await harness.press(.character("q"), .character("y"))
        #expect(harness.app.quitRequested)
        await harness.stop()
    }

    @Test("a number that is not one is refused by the editor, and nothing is staged")
    func numberValidation() async throws {
        let harness = try await Self.openFirstDeal()
        try await harness.edit("amount", to: "12x")
        #expect(harness.screen.contains("Amount takes a number, not \"12x\""), "\(harness.screen)")
        #expect(harness.app.state.detail?.staged.isEmpty == true)
        await harness.stop()
    }

    @Test("a stage is picked from its pipeline's stages by label (typing narrows), and its value is staged")
    func enumerationByLabel() async throws {
        let harness = try await Self.openFirstDeal()
        try await harness.selectProperty("dealstage")
        try await harness.press(.character("e"))
        #expect(harness.screen.contains("Deal Stage"), "\(harness.screen)")
        #expect(harness.screen.contains("Closed Won"), "the picker lists the pipeline's stages")
        try await harness.type("closed won")
        #expect(harness.app.state.picker?.visible.map(\.label) == ["Closed Won"], "typing narrows the options")
        try await harness.press(.enter)
        #expect(harness.app.state.detail?.staged["dealstage"] == "closedwon")
        #expect(harness.app.state.picker == nil)
        try await harness.press(.character("e"))
        try await harness.type("nonsense")
        try await harness.press(.enter)
        #expect(harness.app.state.picker != nil, "Enter with no match picks nothing and keeps the list open")
        try await harness.press(.escape)
        #expect(harness.app.state.picker == nil)
        #expect(harness.app.state.detail?.staged["dealstage"] == "closedwon", "Esc in the picker changes nothing")
        await harness.stop()
    }

    @Test("a duplicate email shows the server's message next to Email and changes nothing")
    func duplicateEmail() async throws {
        let harness = try await Self.openFirstContact(width: 200)
        let records = try #require(harness.app.state.activeList?.records)
        let id = records[0].id
        let taken = try #require(records[1][property: "email"] ?? nil)
        let own = try #require(records[0][property: "email"] ?? nil)
        try await harness.edit("email", to: taken)
        try await harness.press(.control("s"), .character("y"))
        #expect(harness.screen.contains("not saved"), "\(harness.screen)")
        #expect(harness.app.state.detail?.errors["email"] != nil, "no message next to Email")
        #expect(harness.screen.contains("✗ Contact already exists"), "\(harness.screen)")
        let onServer = try await harness.client.record("0-1", id: id, properties: ["email"])
        #expect(onServer[property: "email"] == own)
        await harness.stop()
    }

    @Test(
        "a change made on the server after opening is shown beside the staged one; nothing is overwritten until the user chooses"
    )
    func conflictKeepsBothValues() async throws {
        let harness = try await Self.openFirstContact(width: 200)
        let id = try #require(harness.app.state.detail?.record.id)
        try await harness.edit("lastname", to: "Mine")
        try await Task.sleep(for: .milliseconds(5))
        _ = try await harness.client.updateRecord("0-1", id: id, properties: ["lastname": "Theirs"])

        try await harness.press(.control("s"), .character("y"))
        #expect(harness.screen.contains("changed on the server since you opened it (lastname)"), "\(harness.screen)")
        #expect(harness.screen.contains("mine: Mine  theirs: Theirs"), "\(harness.screen)")
        #expect(harness.app.state.detail?.staged["lastname"] == "Mine")
        var onServer = try await harness.client.record("0-1", id: id, properties: ["lastname"])
        #expect(onServer[property: "lastname"] == "Theirs")

        // Ctrl-s again is the choice to keep mine.
        try await harness.press(.control("s"), .character("y"))
        onServer = try await harness.client.record("0-1", id: id, properties: ["lastname"])
        #expect(onServer[property: "lastname"] == "Mine")
        await harness.stop()
    }

    @Test("t after a conflict takes the server's value and drops the staged edit")
    func conflictTakeTheirs() async throws {
        let harness = try await Self.openFirstContact()
        let id = try #require(harness.app.state.detail?.record.id)
        try await harness.edit("lastname", to: "Mine")
        try await Task.sleep(for: .milliseconds(5))
        _ = try await harness.client.updateRecord("0-1", id: id, properties: ["lastname": "Theirs"])
        try await harness.press(.control("s"), .character("y"), .character("t"))
        #expect(harness.app.state.detail?.staged.isEmpty == true)
        #expect(harness.app.state.detail?.record[property: "lastname"] == "Theirs")
        await harness.stop()
    }

    @Test("a conflict is settled per property: t on one row takes theirs there, Ctrl-s keeps mine for the rest")
    func conflictPerProperty() async throws {
        let harness = try await Self.openFirstContact(width: 200)
        let id = try #require(harness.app.state.detail?.record.id)
        try await harness.edit("firstname", to: "MyFirst")
        try await harness.edit("lastname", to: "MyLast")
        try await Task.sleep(for: .milliseconds(5))
        _ = try await harness.client.updateRecord(
            "0-1", id: id,
            properties: [
                "firstname": "TheirFirst",
                "lastname": "TheirLast",
            ])
        try await harness.press(.control("s"), .character("y"))
        #expect(harness.screen.contains("mine: MyFirst  theirs: TheirFirst"), "\(harness.screen)")
        #expect(harness.screen.contains("mine: MyLast  theirs: TheirLast"))
        try await harness.selectProperty("firstname")
        try await harness.press(.character("t"))
        #expect(harness.app.state.detail?.staged == ["lastname": "MyLast"], "only First Name took theirs")
        #expect(harness.app.state.detail?.conflict != nil, "Last Name still waits for a choice")
        try await harness.press(.control("s"))
        #expect(harness.screen.contains("over the server's newer values"), "\(harness.screen)")
        try await harness.press(.character("y"))
        let stored = try await harness.client.record("0-1", id: id, properties: ["firstname", "lastname"])
        #expect(stored[property: "firstname"] == "TheirFirst")
        #expect(stored[property: "lastname"] == "MyLast")
        await harness.stop()
    }

    @Test("Esc with staged edits asks first; any key but y keeps them")
    func escAsksBeforeDropping() async throws {
        let harness = try await Self.openFirstContact()
        try await harness.edit("firstname", to: "Temp")
        try await harness.press(.escape)
        #expect(harness.screen.contains("drop 1 staged edit(s)? y drops"))
        try await harness.press(.character("n"))
        #expect(harness.app.state.detail?.staged.count == 1)
        try await harness.press(.escape, .character("y"))
        #expect(harness.app.state.detail?.staged.isEmpty == true)
        #expect(harness.app.state.focus == .list)
        await harness.stop()
    }

    @Test("read-only and calculated properties are refused with the reason; --read-only disables editing")
    func refusals() async throws {
        let harness = try await Self.openFirstContact()
        try await harness.selectProperty("createdate")
        try await harness.press(.character("e"))
        #expect(harness.screen.contains("e: Create Date is read-only in HubSpot"), "\(harness.screen)")
        #expect(harness.app.state.prompt == nil)
        await harness.stop()

        let readOnly = try await Self.openFirstContact(readOnly: true)
        try await readOnly.selectProperty("firstname")
        try await readOnly.press(.character("e"))
        #expect(readOnly.screen.contains("e: read-only mode (--read-only): editing is off"), "\(readOnly.screen)")
        await readOnly.stop()
    }
}
