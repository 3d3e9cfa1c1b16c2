import Foundation
import HubSpot
import Sandbox
import Testing

@Suite("validateReferencesBeforeDelete on pipelines and stages")
struct PipelineReferenceWireTests {
    @Test(
        "a pipeline or stage deals still use is kept when the delete asks to validate (a 400), deleted when not",
        arguments: APIVersion.allCases)
    func pipelineInUse(_ version: APIVersion) async throws {
        try await SandboxHarness.with { harness in
            let endpoints = Endpoints(version)
            let deal = try #require(
                try await harness.decode(RecordPage.self, "/crm/v3/objects/deals?limit=1&properties=pipeline,dealstage")
                    .results.first)
            let pipeline = try #require(deal[property: "pipeline"] ?? nil)
            let stage = try #require(deal[property: "dealstage"] ?? nil)
            let pipelinePath = endpoints.pipelines("deals", pipeline)
            let stagePath = pipelinePath + "/stages/" + stage

            let (refused, body) = try await harness.send(.delete, pipelinePath + "?validateReferencesBeforeDelete=true")
            #expect(refused == 400, "\(String(describing: body))")
            #expect(body?["category"] as? String == "VALIDATION_ERROR")
            #expect((body?["message"] as? String)?.contains("used by") == true)
            #expect(try await harness.send(.get, pipelinePath).0 == 200, "the pipeline is still there")

            // 2026-09 dropped the parameter from the stage delete; legacy and 2026-03 check it.
            let (stageStatus, _) = try await harness.send(.delete, stagePath + "?validateReferencesBeforeDelete=true")
            #expect(stageStatus == (version == .september2026 ? 204 : 400))

            let (deleted, _) = try await harness.send(.delete, pipelinePath)
            #expect(deleted == 204, "without the check the delete goes through")
        }
    }
}
