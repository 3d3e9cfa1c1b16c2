import HubSpot

// The pipeline and stage properties list the live pipelines and stages as options, as HubSpot's do.
extension PortalState {
    /// Rewrites the options of `pipeline`/`dealstage` (deals) or `hs_pipeline`/`hs_pipeline_stage` (tickets).
    mutating func syncPipelineOptions(_ typeID: String) {
        let (pipelineName, stageName) = Self.pipelineProperties(typeID)
        guard let live = try? pipelines(typeID), var definitions = properties[typeID] else { return }
        var pipelineOptions: [PropertyDefinition.Option] = []
        var stageOptions: [PropertyDefinition.Option] = []
        for pipeline in live {
            let order = pipelineOptions.count
            pipelineOptions.append(.init(label: pipeline.label, value: pipeline.id, displayOrder: order))
            for stage in pipeline.stages where !stage.archived {
                stageOptions.append(.init(label: stage.label, value: stage.id, displayOrder: stageOptions.count))
            }
        }
        for index in definitions.indices {
            if definitions[index].name == pipelineName { definitions[index].options = pipelineOptions }
            if definitions[index].name == stageName { definitions[index].options = stageOptions }
        }
        properties[typeID] = definitions
    }
}
