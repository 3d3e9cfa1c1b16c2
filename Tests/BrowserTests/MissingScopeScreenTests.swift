import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

@Suite("A type the key cannot read says which scope it lacks", .serialized)
struct MissingScopeScreenTests {
    @Test("the tickets list and the status line name the scope tickets and the fix; other types still browse")
    func ticketsWithoutTheirScope() async throws {
        var configuration = SandboxConfiguration()
        configuration.scopes = [
            "crm.objects.contacts.read", "crm.objects.companies.read", "crm.objects.deals.read",
            "crm.objects.owners.read", "crm.schemas.custom.read", "crm.objects.custom.read", "oauth",
        ]
        let harness = try await BrowserHarness.start(width: 120, height: 40, configuration: configuration)
        #expect(harness.app.state.activeList?.records.isEmpty == false, "contacts load:\n\(harness.screen)")
        try await harness.press(.character(":"))
        try await harness.type("tickets")
        try await harness.press(.enter)
        let screen = harness.screen
        #expect(harness.app.state.selectedType.id == "0-5")
        // The list pane wraps the reason and the fix over its rows.
        let pane = screen.split(separator: "\n").compactMap { line -> String? in
            let cells = line.split(separator: "│", omittingEmptySubsequences: false)
            return cells.count > 3 ? cells[3].trimmingCharacters(in: .whitespaces) : nil
        }.filter { !$0.isEmpty }.joined(separator: " ")
        #expect(
            pane.contains("Could not load tickets: this key lacks the scope tickets — add it to the service key"),
            "\(screen)")
        #expect(
            harness.app.state.message
                == StatusMessage("Tickets: this key lacks the scope tickets — add it to the service key", kind: .error))
        #expect(!screen.contains("This app hasn't been granted"), "HubSpot's general message gives way:\n\(screen)")
        try await harness.press(.character(":"))
        try await harness.type("deals")
        try await harness.press(.enter)
        #expect(harness.app.state.activeList?.records.isEmpty == false, "deals still load:\n\(harness.screen)")
        await harness.stop()
    }
}
