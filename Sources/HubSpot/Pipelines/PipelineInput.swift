/// The body that creates or replaces a pipeline (`PipelineInput`).
public struct PipelineInput: Codable, Hashable, Sendable {
    /// The label.
    public var label: String
    /// Sort position.
    public var displayOrder: Int
    /// The stages, in order.
    public var stages: [PipelineStageInput]
    /// An id to use instead of a generated one.
    public var pipelineId: String?

    /// Creates an input.
    public init(label: String, displayOrder: Int, stages: [PipelineStageInput], pipelineId: String? = nil) {
        self.label = label
        self.displayOrder = displayOrder
        self.stages = stages
        self.pipelineId = pipelineId
    }
}
