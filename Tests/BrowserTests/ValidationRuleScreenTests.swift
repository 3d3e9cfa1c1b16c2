import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

/// Property validation rules in the browser: read with a type's definitions, checked before a value is staged
/// (the editor, the create form, bulk edit), and the server's refusal shown by the property.
@Suite("Validation rules in the editor", .serialized)
struct ValidationRuleScreenTests {
    /// Selects `typeID` in the sidebar and focuses its list.
    private static func openList(_ typeID: String, _ harness: BrowserHarness) async throws {
        try await harness.press(.escape)
        let index = try #require(harness.app.state.registry.all.firstIndex { $0.id == typeID })
        for _ in 0..<(index - harness.app.state.sidebar.selected) { try await harness.press(.down) }
        try await harness.press(.enter)
        #expect(harness.app.state.selectedType.id == typeID)
    }

    @Test("a rule set through the API refuses an edit before anything is sent, naming the rule")
    func ruleFromTheAPIRefusesAnEdit() async throws {
        let harness = try await BrowserHarness.start(width: 160, height: 40)
        try await harness.client.setPropertyValidationRule(
            "0-2", property: "name", ruleType: .maxLength, arguments: ["10"])
        try await Self.openList("0-2", harness)
        try await harness.press(.enter)
        let company = try #require(harness.app.state.detail?.record)
        let sent = harness.app.state.network.log.count
        try await harness.edit("name", to: "A name far longer than ten")
        #expect(
            harness.screen.contains("Company name must be at most 10 characters (MAX_LENGTH)"), "\(harness.screen)")
        #expect(harness.app.state.detail?.staged.isEmpty == true, "nothing is staged")
        #expect(harness.app.state.network.log.count == sent, "nothing is sent")
        let stored = try await harness.client.record("0-2", id: company.id, properties: ["name"])
        #expect(stored[property: "name"] == company[property: "name"])
        await harness.stop()
    }

    @Test("the demo's phone rule refuses a long phone in the create form and in bulk edit, before sending")
    func createFormAndBulkEdit() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        let long = "+1 617 555 0100 ext. 12345"
        try await harness.press(.character("n"))
        #expect(harness.app.state.detail?.isNew == true)
        try await harness.edit("phone", to: long)
        #expect(harness.screen.contains("Phone Number must be at most 20 characters (MAX_LENGTH)"), "\(harness.screen)")
        #expect(harness.app.state.detail?.staged["phone"] == nil)
        try await harness.press(.escape, .escape)

        try await Self.openList("0-1", harness)
        try await harness.press(.character(" "), .character(" "), .character("e"))
        #expect(harness.screen.contains("Set which property on 2 contacts?"), "\(harness.screen)")
        try await harness.type("Phone Number")
        try await harness.press(.enter)
        let sent = harness.app.state.network.log.count
        try await harness.type(long)
        try await harness.press(.enter)
        #expect(harness.screen.contains("Phone Number must be at most 20 characters (MAX_LENGTH)"), "\(harness.screen)")
        #expect(!harness.screen.contains("Set Phone Number to"), "no confirmation is asked")
        #expect(harness.app.state.network.log.count == sent, "nothing is sent")
        await harness.stop()
    }

    @Test("a rule the session has not read is the server's to refuse; its answer shows next to the property")
    func serverRefusalShownByTheProperty() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        try await harness.press(.enter)
        #expect(harness.app.state.detail?.phase == .loaded)
        // Set after the session read the contacts' rules, as an admin might meanwhile.
        try await harness.client.setPropertyValidationRule(
            "0-1", property: "jobtitle", ruleType: .maxLength, arguments: ["5"])
        try await harness.edit("jobtitle", to: "Engineer")
        #expect(harness.app.state.detail?.staged["jobtitle"] == "Engineer")
        try await harness.press(.control("s"), .character("y"))
        #expect(harness.screen.contains("not saved"), "\(harness.screen)")
        #expect(
            harness.app.state.detail?.errors["jobtitle"] == "Job Title must be at most 5 characters (MAX_LENGTH)")
        // Label and value on one row, however wide the focused pane makes the label column.
        #expect(harness.screen.contains(/Job Title +✗ Job Title must be at most/), "\(harness.screen)")
        await harness.stop()
    }

    @Test("a failure HubSpot reports only in its message's embedded list is still put by its property")
    func embeddedListOnly() {
        let body = APIErrorBody(
            message:
                #"Property values were not valid: [{"isValid":false,"message":"First Name may contain letters only","#
                + #""error":"INVALID_ALPHA","name":"firstname"}]"#,
            category: "VALIDATION_ERROR")
        let failure = WriteFailure(HubSpotError.api(status: 400, body: body))
        #expect(failure.propertyMessages == ["firstname": "First Name may contain letters only"])
    }

    @Test("rules the editor cannot evaluate let the value through")
    func unevaluatedRulesPass() {
        let definition = PropertyDefinition(
            name: "code", label: "Code", type: "string", fieldType: "text", groupName: "g")
        let rules = [PropertyValidationRule(.format, ["UPPERCASE"]), PropertyValidationRule(.maxLength, ["4"])]
        #expect(PropertyInput.parse("abc", for: definition, rules: rules) == .success("abc"))
        #expect(
            PropertyInput.parse("abcde", for: definition, rules: rules)
                == .failure(InputError("Code must be at most 4 characters (MAX_LENGTH)")))
    }
}
