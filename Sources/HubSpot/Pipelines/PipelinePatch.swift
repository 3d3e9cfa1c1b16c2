/// The body of a pipeline or stage PATCH: only the fields given change.
public struct PipelinePatch: Codable, Hashable, Sendable {
    /// A new label.
    public var label: String?
    /// A new sort position.
    public var displayOrder: Int?
    /// Archive (`true`) or restore (`false`).
    public var archived: Bool?
    /// New stage metadata (stages only).
    public var metadata: [String: String]?

    /// Creates a patch.
    public init(
        label: String? = nil, displayOrder: Int? = nil, archived: Bool? = nil,
        metadata: [String: String]? = nil
    ) {
        self.label = label
        self.displayOrder = displayOrder
        self.archived = archived
        self.metadata = metadata
    }
}
