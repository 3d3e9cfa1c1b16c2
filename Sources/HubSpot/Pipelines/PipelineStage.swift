import Foundation

/// One stage of a pipeline (`PipelineStage`): deals carry `metadata.probability`, tickets `metadata.ticketState`.
public struct PipelineStage: Codable, Hashable, Sendable, Identifiable {
    /// The stage id, e.g. `closedwon` or `1`.
    public var id: String
    /// The label a person reads.
    public var label: String
    /// Sort position within the pipeline.
    public var displayOrder: Int
    /// String metadata: `probability` ("0.0"–"1.0") for deals, `ticketState` (OPEN/CLOSED) for tickets.
    public var metadata: [String: String]
    /// When the stage was created.
    public var createdAt: Date
    /// When the stage last changed.
    public var updatedAt: Date
    /// Whether the stage is archived.
    public var archived: Bool
    /// When it was archived.
    public var archivedAt: Date?
    /// Who may move records into the stage, e.g. `CRM_PERMISSIONS_ENFORCEMENT`.
    public var writePermissions: String?

    /// Creates a stage.
    public init(
        id: String, label: String, displayOrder: Int, metadata: [String: String], createdAt: Date,
        updatedAt: Date, archived: Bool = false, archivedAt: Date? = nil, writePermissions: String? = nil
    ) {
        self.id = id
        self.label = label
        self.displayOrder = displayOrder
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.archived = archived
        self.archivedAt = archivedAt
        self.writePermissions = writePermissions
    }

    /// A deal stage's win probability, if it has one.
    public var probability: Double? { metadata["probability"].flatMap(Double.init) }

    /// Whether a ticket in this stage is closed (`ticketState` CLOSED) or a deal is won or lost (0 or 1).
    public var isClosed: Bool {
        if let state = metadata["ticketState"] { return state == "CLOSED" }
        if let probability { return probability == 0 || probability == 1 }
        return false
    }
}
