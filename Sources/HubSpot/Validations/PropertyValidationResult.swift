/// One property's entry in the list HubSpot embeds in a `VALIDATION_ERROR` message when a write breaks
/// a property's rules: `{isValid, message, error, name}`, e.g. `error: "INVALID_ALPHA"`, `name: "firstname"`.
public struct PropertyValidationResult: Codable, Hashable, Sendable {
    /// Whether the value kept the rules (entries of failed writes say false).
    public var isValid: Bool
    /// What was wrong, in HubSpot's words.
    public var message: String
    /// HubSpot's code for the failure, e.g. `INVALID_ALPHA`.
    public var error: String?
    /// The property's internal name.
    public var name: String

    /// Creates an entry.
    public init(isValid: Bool = false, message: String, error: String?, name: String) {
        self.isValid = isValid
        self.message = message
        self.error = error
        self.name = name
    }

    private enum CodingKeys: String, CodingKey {
        case isValid, message, error, name
    }

    /// Decodes leniently: only `name` is needed; the changelog describing the list is all there is to go by.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        isValid = (try? c.decodeIfPresent(Bool.self, forKey: .isValid)) ?? false
        error = try? c.decodeIfPresent(String.self, forKey: .error)
        message = (try? c.decodeIfPresent(String.self, forKey: .message)) ?? error ?? "invalid value"
    }
}
