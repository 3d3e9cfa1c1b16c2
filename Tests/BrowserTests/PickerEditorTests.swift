import Browser
import Foundation
import HubSpot
import Sandbox
import TerminalUI
import Testing

@Suite("Pick-list editors: owners, pipelines and stages, checkboxes, toggles", .serialized)
struct PickerEditorTests {
    @Test("the owner is picked by name from the owners API; the owner id is sent")
    func ownerPicker() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        try await harness.press(.enter)
        let id = try #require(harness.app.state.detail?.record.id)
        let current = harness.app.state.detail?.record[property: "hubspot_owner_id"] ?? nil
        let owners = try await harness.client.owners(limit: 100).results
        let target = try #require(owners.first { $0.id != current })
        try await harness.selectProperty("hubspot_owner_id")
        try await harness.press(.character("e"))
        #expect(harness.screen.contains(target.displayName), "owners are listed by name: \(harness.screen)")
        try await harness.type(target.displayName)
        try await harness.press(.enter)
        #expect(harness.app.state.detail?.staged["hubspot_owner_id"] == target.id)
        #expect(
            harness.screen.contains("→ \(target.displayName)"), "the row shows old → new by name: \(harness.screen)")
        try await harness.press(.control("s"), .character("y"))
        let stored = try await harness.client.record("0-1", id: id, properties: ["hubspot_owner_id"])
        #expect(stored[property: "hubspot_owner_id"] == target.id)
        await harness.stop()
    }

    @Test("Ctrl-n and Ctrl-p move in a pick list, j and k are typed, and the hint says so (issue 16, item 11)")
    func controlKeysMove() async throws {
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        try await harness.press(.enter)
        try await harness.selectProperty("hubspot_owner_id")
        try await harness.press(.character("e"))
        #expect(harness.screen.contains("↓/↑/Ctrl-n/Ctrl-p move"), "\(harness.screen)")
        let options = try #require(harness.app.state.picker?.visible)
        try #require(options.count >= 3)
        try await harness.press(.home, .control("n"), .control("n"))
        #expect(harness.app.state.picker?.highlighted == options[2])
        try await harness.press(.control("p"))
        #expect(harness.app.state.picker?.highlighted == options[1])
        try await harness.press(.character("j"), .character("k"))
        #expect(harness.app.state.picker?.text == "jk", "letters narrow the list, as before")
        await harness.stop()
    }

    @Test("a new pipeline forces a stage of that pipeline; both go in one PATCH")
    func pipelineThenStage() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        let stages = [
            PipelineStageInput(label: "Intake", displayOrder: 0, metadata: ["probability": "0.1"]),
            PipelineStageInput(label: "Signed", displayOrder: 1, metadata: ["probability": "1.0"]),
        ]
        let pipeline = try await harness.client.createPipeline(
            "deals", PipelineInput(label: "Expansion QA", displayOrder: 5, stages: stages))
        try await harness.press(.escape, .down, .down, .enter, .enter)
        let deal = try #require(harness.app.state.detail)
        #expect(deal.typeID == "0-3")
        try await harness.selectProperty("pipeline")
        try await harness.press(.character("e"))
        try await harness.type("Expansion QA")
        try await harness.press(.enter)
        #expect(harness.app.state.picker != nil, "the stage picker opens by itself")
        #expect(harness.screen.contains("Stage in Expansion QA"), "\(harness.screen)")
        let labels = harness.app.state.picker?.options.map(\.label)
        #expect(labels == ["Intake", "Signed"], "only the new pipeline's stages are offered")
        try await harness.press(.down, .enter)
        let signed = try #require(pipeline.stages.first { $0.label == "Signed" })
        #expect(harness.app.state.detail?.staged == ["pipeline": pipeline.id, "dealstage": signed.id])
        try await harness.press(.control("s"), .character("y"))
        let stored = try await harness.client.record("0-3", id: deal.record.id, properties: ["pipeline", "dealstage"])
        #expect(stored[property: "pipeline"] == pipeline.id)
        #expect(stored[property: "dealstage"] == signed.id)
        await harness.stop()
    }

    @Test("a checkbox property takes several options with Space, joined with ;")
    func multiSelect() async throws {
        let harness = try await BrowserHarness.start(width: 200, height: 40)
        try await harness.press(.escape, .down, .down, .down, .enter, .enter)
        #expect(harness.app.state.detail?.typeID == "0-5")
        let definitions = try #require(harness.app.state.definitions["0-5"])
        let category = try #require(definitions.first { $0.name == "hs_ticket_category" })
        #expect(category.options.count >= 2)
        try await harness.selectProperty("hs_ticket_category")
        try await harness.press(.character("e"))
        // Clear whatever is chosen, then choose the first two options.
        for value in harness.app.state.picker?.chosen ?? [] {
            let index = try #require(harness.app.state.picker?.options.firstIndex { $0.value == value })
            try await harness.press(.home)
            for _ in 0..<index { try await harness.press(.down) }
            try await harness.press(.character(" "))
        }
        try await harness.press(.home, .character(" "), .down, .character(" "), .enter)
        let expected = category.options.prefix(2).map(\.value).joined(separator: ";")
        #expect(harness.app.state.detail?.staged["hs_ticket_category"] == expected)
        await harness.stop()
    }
}
