/// A custom object's singular and plural labels (`ObjectTypeDefinitionLabels`).
public struct ObjectSchemaLabels: Codable, Hashable, Sendable {
    /// E.g. "Car".
    public var singular: String?
    /// E.g. "Cars".
    public var plural: String?

    /// Creates labels.
    public init(singular: String, plural: String) {
        self.singular = singular
        self.plural = plural
    }
}
