import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Pipelines against the sandbox")
struct PipelineTests {
    @Test(
        "deals have the sales pipeline and Renewals; tickets have open and closed stages",
        arguments: APIVersion.clientSuite)
    func demoPipelines(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let deals = try await client.pipelines("deals")
            #expect(deals.map(\.id) == ["default", "renewals"])
            let sales = try #require(deals.first)
            #expect(sales.stage("closedwon")?.probability == 1.0)
            #expect(sales.stage("appointmentscheduled")?.probability == 0.2)
            #expect(sales.createdAt == Date(timeIntervalSince1970: 0))
            let tickets = try await client.pipelines("0-5")
            let support = try #require(tickets.first { $0.id == "0" })
            #expect(support.stages.map { $0.metadata["ticketState"] } == ["OPEN", "OPEN", "OPEN", "CLOSED"])
            #expect(await failureStatus { _ = try await client.pipeline("deals", id: "nope") } == 404)
            #expect(await failureStatus { _ = try await client.pipelines("contacts") } == 400)
        }
    }

    @Test("a pipeline is created, read, patched, replaced and deleted", arguments: APIVersion.clientSuite)
    func pipelineCrud(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let input = PipelineInput(
                label: "Partners", displayOrder: 2,
                stages: [
                    .deal("Intro", displayOrder: 0, probability: 0.1), .deal("Signed", displayOrder: 1, probability: 1),
                ])
            let created = try await client.createPipeline("deals", input)
            #expect(created.label == "Partners" && created.stages.count == 2)
            #expect(created.stages[0].metadata["probability"] == "0.1")
            #expect(try await client.pipeline("deals", id: created.id) == created)
            let patched = try await client.updatePipeline(
                "deals", id: created.id, PipelinePatch(label: "Partner deals"))
            #expect(patched.label == "Partner deals")
            let replaced = try await client.replacePipeline(
                "deals", id: created.id,
                PipelineInput(
                    label: "Alliances", displayOrder: 3, stages: [.deal("Only", displayOrder: 0, probability: 0.5)]))
            #expect(replaced.id == created.id && replaced.stages.map(\.label) == ["Only"])
            let options = try await client.property("deals", name: "pipeline").options.map(\.value)
            #expect(options == ["default", "renewals", created.id], "the pipeline property lists every pipeline")
            let stageOptions = try await client.property("deals", name: "dealstage").options.map(\.value)
            #expect(stageOptions.contains(replaced.stages[0].id) && stageOptions.contains("renewal_won"))
            try await client.deletePipeline("deals", id: created.id)
            #expect(try await !client.property("deals", name: "pipeline").options.contains { $0.value == created.id })
            #expect(await failureStatus { _ = try await client.pipeline("deals", id: created.id) } == 404)
            #expect(try await client.pipelines("deals").count == 2)
        }
    }

    @Test(
        "deal stages need a probability between 0 and 1; stages are added, changed and removed",
        arguments: APIVersion.clientSuite)
    func stageRules(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let missing = PipelineStageInput(label: "No odds", displayOrder: 9, metadata: [:])
            #expect(
                await failureStatus {
                    _ = try await client.createPipelineStage("deals", pipelineId: "default", missing)
                } == 400)
            #expect(
                await failureStatus {
                    _ = try await client.createPipelineStage(
                        "deals", pipelineId: "default",
                        .deal("Too sure", displayOrder: 9, probability: 1.5))
                } == 400)
            #expect(
                await failureStatus {
                    _ = try await client.createPipeline(
                        "deals", PipelineInput(label: "Bad", displayOrder: 5, stages: [missing]))
                } == 400)
            let stage = try await client.createPipelineStage(
                "deals", pipelineId: "default",
                .deal("Verbal yes", displayOrder: 5, probability: 0.95))
            #expect(stage.probability == 0.95)
            #expect(try await client.pipelineStages("deals", pipelineId: "default").contains { $0.id == stage.id })
            let renamed = try await client.updatePipelineStage(
                "deals", pipelineId: "default", stageId: stage.id,
                PipelinePatch(label: "Verbal commit"))
            #expect(renamed.label == "Verbal commit")
            let replaced = try await client.replacePipelineStage(
                "deals", pipelineId: "default", stageId: stage.id, .deal("Handshake", displayOrder: 5, probability: 0.9)
            )
            #expect(replaced.label == "Handshake" && replaced.probability == 0.9)
            try await client.deletePipelineStage("deals", pipelineId: "default", stageId: stage.id)
            #expect(
                await failureStatus {
                    _ = try await client.pipelineStage("deals", pipelineId: "default", stageId: stage.id)
                } == 404)
            let ticketStage = try await client.createPipelineStage(
                "tickets", pipelineId: "0",
                PipelineStageInput(label: "Escalated", displayOrder: 4, metadata: ["ticketState": "OPEN"]))
            #expect(ticketStage.metadata["ticketState"] == "OPEN")
            #expect(
                await failureStatus {
                    _ = try await client.createPipelineStage(
                        "tickets", pipelineId: "0",
                        PipelineStageInput(label: "Odd", displayOrder: 5, metadata: ["ticketState": "MAYBE"]))
                } == 400)
        }
    }
}
