/// The body that creates (`name`, `label`) or changes (`label`, `displayOrder`) a property group.
public struct PropertyGroupInput: Codable, Hashable, Sendable {
    /// The internal name (create only).
    public var name: String?
    /// The label.
    public var label: String?
    /// Sort position.
    public var displayOrder: Int?

    /// Creates an input.
    public init(name: String? = nil, label: String? = nil, displayOrder: Int? = nil) {
        self.name = name
        self.label = label
        self.displayOrder = displayOrder
    }
}
