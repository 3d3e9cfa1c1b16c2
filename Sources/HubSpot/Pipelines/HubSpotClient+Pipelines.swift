import Foundation

// MARK: - Pipelines (deals and tickets)
extension HubSpotClient {
    /// Every live pipeline of `type` (`deals` or `tickets`), with its stages.
    public func pipelines(_ type: String) async throws -> [Pipeline] {
        let page: CollectionPage<Pipeline> = try await perform(makeRequest(.get, pipelinePath(type)))
        return page.results
    }

    /// One pipeline by id.
    public func pipeline(_ type: String, id: String) async throws -> Pipeline {
        try await perform(makeRequest(.get, pipelinePath(type, id)))
    }

    /// Creates a pipeline; deal stages need `metadata.probability`.
    public func createPipeline(_ type: String, _ input: PipelineInput) async throws -> Pipeline {
        try await perform(.post, pipelinePath(type), body: input)
    }

    /// Replaces a pipeline and its stages.
    public func replacePipeline(_ type: String, id: String, _ input: PipelineInput) async throws -> Pipeline {
        try await perform(.put, pipelinePath(type, id), body: input)
    }

    /// Changes a pipeline's label, order or archived state.
    public func updatePipeline(_ type: String, id: String, _ patch: PipelinePatch) async throws -> Pipeline {
        try await perform(.patch, pipelinePath(type, id), body: patch)
    }

    /// Archives a pipeline.
    public func deletePipeline(_ type: String, id: String) async throws {
        try await performWithoutBody(makeRequest(.delete, pipelinePath(type, id)))
    }

    /// The live stages of a pipeline.
    public func pipelineStages(_ type: String, pipelineId: String) async throws -> [PipelineStage] {
        let page: CollectionPage<PipelineStage> = try await perform(
            makeRequest(.get, pipelinePath(type, pipelineId) + "/stages"))
        return page.results
    }

    /// One stage.
    public func pipelineStage(_ type: String, pipelineId: String, stageId: String) async throws -> PipelineStage {
        try await perform(makeRequest(.get, stagePath(type, pipelineId, stageId)))
    }

    /// Adds a stage to a pipeline.
    public func createPipelineStage(
        _ type: String, pipelineId: String, _ input: PipelineStageInput
    ) async throws -> PipelineStage {
        try await perform(.post, pipelinePath(type, pipelineId) + "/stages", body: input)
    }

    /// Replaces a stage.
    public func replacePipelineStage(
        _ type: String, pipelineId: String, stageId: String, _ input: PipelineStageInput
    ) async throws -> PipelineStage {
        try await perform(.put, stagePath(type, pipelineId, stageId), body: input)
    }

    /// Changes a stage's label, order, metadata or archived state.
    public func updatePipelineStage(
        _ type: String, pipelineId: String, stageId: String, _ patch: PipelinePatch
    ) async throws -> PipelineStage {
        try await perform(.patch, stagePath(type, pipelineId, stageId), body: patch)
    }

    /// Archives a stage.
    public func deletePipelineStage(_ type: String, pipelineId: String, stageId: String) async throws {
        try await performWithoutBody(makeRequest(.delete, stagePath(type, pipelineId, stageId)))
    }

    private func pipelinePath(_ type: String, _ id: String? = nil) -> String {
        endpoints.pipelines(type, id)
    }

    private func stagePath(_ type: String, _ pipelineId: String, _ stageId: String) -> String {
        pipelinePath(type, pipelineId) + "/stages/\(Self.segment(stageId))"
    }
}
