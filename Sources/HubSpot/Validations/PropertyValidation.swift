/// A property's validation rules, as the listing of a type's rules returns them (only properties that
/// have rules are listed).
public struct PropertyValidation: Codable, Hashable, Sendable {
    /// The property's internal name.
    public var propertyName: String
    /// Its rules, one per rule type.
    public var propertyValidationRules: [PropertyValidationRule]

    /// Creates a property's entry.
    public init(propertyName: String, propertyValidationRules: [PropertyValidationRule]) {
        self.propertyName = propertyName
        self.propertyValidationRules = propertyValidationRules
    }
}
