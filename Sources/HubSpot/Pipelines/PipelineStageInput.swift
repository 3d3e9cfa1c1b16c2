/// The body that creates or replaces a stage (`PipelineStageInput`).
public struct PipelineStageInput: Codable, Hashable, Sendable {
    /// The label.
    public var label: String
    /// Sort position.
    public var displayOrder: Int
    /// `probability` for deal stages (required), `ticketState` for ticket stages.
    public var metadata: [String: String]
    /// An id to use instead of a generated one (pipeline create only).
    public var stageId: String?

    /// Creates an input.
    public init(label: String, displayOrder: Int, metadata: [String: String], stageId: String? = nil) {
        self.label = label
        self.displayOrder = displayOrder
        self.metadata = metadata
        self.stageId = stageId
    }

    /// A deal stage with its win probability (0.0–1.0).
    public static func deal(_ label: String, displayOrder: Int, probability: Double) -> PipelineStageInput {
        PipelineStageInput(label: label, displayOrder: displayOrder, metadata: ["probability": String(probability)])
    }
}
