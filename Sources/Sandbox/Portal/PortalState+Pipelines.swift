import Foundation
import HubSpot

// Pipelines and stages for deals and tickets.
extension PortalState {
    /// The live pipelines of a type in display order; 400 for a type without pipelines.
    func pipelines(_ typeID: String) throws(SandboxAPIError) -> [Pipeline] {
        guard ["0-3", "0-5"].contains(typeID) else {
            throw .validation("Pipelines are only supported for deals and tickets, not \(typeID)", field: "objectType")
        }
        return (admin.pipelines[typeID] ?? []).filter { !$0.archived }.sorted { $0.displayOrder < $1.displayOrder }
    }

    /// One live pipeline; 404 when it does not exist or is archived.
    func pipeline(_ typeID: String, _ id: String) throws(SandboxAPIError) -> Pipeline {
        guard let found = try pipelines(typeID).first(where: { $0.id == id }) else {
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "Unable to find pipeline \(id) for object type \(typeID)",
                context: ["pipelineId": [id]])
        }
        return found
    }

    /// One live stage of a live pipeline; 404 when either is missing.
    func stage(_ typeID: String, _ pipelineID: String, _ stageID: String) throws(SandboxAPIError) -> PipelineStage {
        guard let found = try pipeline(typeID, pipelineID).stages.first(where: { $0.id == stageID && !$0.archived })
        else {
            throw SandboxAPIError(
                status: 404, category: "OBJECT_NOT_FOUND",
                message: "Unable to find stage \(stageID) in pipeline \(pipelineID)",
                context: ["stageId": [stageID]])
        }
        return found
    }

    /// Creates a pipeline, or replaces one when `replacing` names it.
    mutating func savePipeline(
        _ typeID: String, _ input: PipelineInput, replacing: String? = nil, at date: Date
    ) throws(SandboxAPIError) -> Pipeline {
        _ = try pipelines(typeID)
        guard !input.label.isEmpty else { throw .validation("label must not be empty", field: "label") }
        guard !input.stages.isEmpty else { throw .validation("a pipeline needs at least one stage", field: "stages") }
        var existing: Pipeline?
        if let replacing { existing = try pipeline(typeID, replacing) }
        let id = replacing ?? input.pipelineId ?? admin.allocatePipelineID()
        if existing == nil, admin.pipelines[typeID, default: []].contains(where: { $0.id == id }) {
            throw SandboxAPIError(status: 409, category: "CONFLICT", message: "A pipeline with id \(id) already exists")
        }
        var stages: [PipelineStage] = []
        for stage in input.stages {
            let metadata = try Self.checkedMetadata(typeID, stage.metadata)
            let stageID =
                stage.stageId ?? existing?.stages.first { $0.label == stage.label }?.id
                ?? admin.allocatePipelineID()
            stages.append(
                PipelineStage(
                    id: stageID, label: stage.label, displayOrder: stage.displayOrder,
                    metadata: metadata, createdAt: date, updatedAt: date))
        }
        let pipeline = Pipeline(
            id: id, label: input.label, displayOrder: input.displayOrder, stages: stages,
            createdAt: existing?.createdAt ?? date, updatedAt: date)
        admin.pipelines[typeID, default: []].removeAll { $0.id == id }
        admin.pipelines[typeID, default: []].append(pipeline)
        syncPipelineOptions(typeID)
        return pipeline
    }

    /// Applies a PATCH to a pipeline (archiving it when `archived` is true).
    mutating func patchPipeline(
        _ typeID: String, _ id: String, _ patch: PipelinePatch, at date: Date
    ) throws(SandboxAPIError) -> Pipeline {
        var pipeline = try pipeline(typeID, id)
        if let label = patch.label { pipeline.label = label }
        if let displayOrder = patch.displayOrder { pipeline.displayOrder = displayOrder }
        if patch.archived == true {
            pipeline.archived = true
            pipeline.archivedAt = date
        }
        pipeline.updatedAt = date
        store(typeID, pipeline)
        return pipeline
    }

    /// Adds a stage, or replaces or patches one when `stageID` names it.
    mutating func saveStage(
        _ typeID: String, _ pipelineID: String, stageID: String?, label: String?, displayOrder: Int?,
        metadata: [String: String]?, archived: Bool? = nil, at date: Date
    ) throws(SandboxAPIError) -> PipelineStage {
        var pipeline = try pipeline(typeID, pipelineID)
        var stage: PipelineStage
        if let stageID {
            stage = try self.stage(typeID, pipelineID, stageID)
        } else {
            guard let label, let displayOrder, let metadata else {
                throw .validation("label, displayOrder and metadata are required", field: "metadata")
            }
            stage = PipelineStage(
                id: admin.allocatePipelineID(), label: label, displayOrder: displayOrder,
                metadata: metadata, createdAt: date, updatedAt: date)
        }
        if let label { stage.label = label }
        if let displayOrder { stage.displayOrder = displayOrder }
        if let metadata { stage.metadata = try Self.checkedMetadata(typeID, metadata) }
        if archived == true {
            stage.archived = true
            stage.archivedAt = date
        }
        stage.updatedAt = date
        pipeline.stages.removeAll { $0.id == stage.id }
        if !stage.archived { pipeline.stages.append(stage) }
        pipeline.stages.sort { $0.displayOrder < $1.displayOrder }
        pipeline.updatedAt = date
        store(typeID, pipeline)
        return stage
    }

    private mutating func store(_ typeID: String, _ pipeline: Pipeline) {
        guard let index = admin.pipelines[typeID]?.firstIndex(where: { $0.id == pipeline.id }) else { return }
        admin.pipelines[typeID]?[index] = pipeline
        syncPipelineOptions(typeID)
    }

    /// Deal stages must carry `probability` between 0 and 1; ticket stages' `ticketState` is OPEN or CLOSED.
    static func checkedMetadata(_ typeID: String, _ metadata: [String: String]) throws(SandboxAPIError)
        -> [String: String]
    {
        var checked = metadata
        if typeID == "0-3" {
            guard let text = metadata["probability"] else {
                throw .validation(
                    "Deal stages require metadata.probability between 0.0 and 1.0",
                    field: "metadata.probability", code: "REQUIRED")
            }
            guard let probability = Double(text), (0...1).contains(probability) else {
                throw .validation(
                    "metadata.probability must be a number between 0.0 and 1.0, but was '\(text)'",
                    field: "metadata.probability", code: "INVALID_PROBABILITY")
            }
            checked["probability"] = String(probability)
            checked["isClosed"] = metadata["isClosed"] ?? String(probability == 0 || probability == 1)
        } else if let state = metadata["ticketState"], !["OPEN", "CLOSED"].contains(state) {
            throw .validation(
                "metadata.ticketState must be OPEN or CLOSED, but was '\(state)'",
                field: "metadata.ticketState")
        }
        return checked
    }
}
