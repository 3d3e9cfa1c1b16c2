import Foundation

/// A deal or ticket pipeline (`Pipeline`) with its stages in display order.
public struct Pipeline: Codable, Hashable, Sendable, Identifiable {
    /// The pipeline id, e.g. `default` for deals or `0` for tickets.
    public var id: String
    /// The label a person reads.
    public var label: String
    /// Sort position among the type's pipelines.
    public var displayOrder: Int
    /// The stages.
    public var stages: [PipelineStage]
    /// When it was created (the epoch for HubSpot's default pipelines).
    public var createdAt: Date
    /// When it last changed.
    public var updatedAt: Date
    /// Whether it is archived.
    public var archived: Bool
    /// When it was archived.
    public var archivedAt: Date?

    /// Creates a pipeline.
    public init(
        id: String, label: String, displayOrder: Int, stages: [PipelineStage], createdAt: Date,
        updatedAt: Date, archived: Bool = false, archivedAt: Date? = nil
    ) {
        self.id = id
        self.label = label
        self.displayOrder = displayOrder
        self.stages = stages
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.archived = archived
        self.archivedAt = archivedAt
    }

    /// The stage with `id`, if the pipeline has one.
    public func stage(_ id: String) -> PipelineStage? { stages.first { $0.id == id } }
}
