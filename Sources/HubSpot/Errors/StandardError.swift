/// One failed input of a batch call (`StandardError` in the objects spec).
///
/// Every field is decoded tolerantly: the spec marks most of them required, but error bodies vary.
public struct StandardError: Codable, Hashable, Sendable {
    /// The HTTP status this input would have failed with on its own, as a string (`"400"`, `"409"`).
    public var status: String
    /// `VALIDATION_ERROR`, `CONFLICT`, `OBJECT_NOT_FOUND`, …
    public var category: String
    /// HubSpot's message for this input.
    public var message: String
    /// Per-property details, e.g. one per invalid property.
    public var errors: [APIErrorBody.Detail]
    /// Which input failed, e.g. `{"id": ["123"]}` or `{"propertyName": ["email"]}`.
    public var context: [String: [String]]
    /// Documentation links.
    public var links: [String: String]
    /// An id for the error, when HubSpot sends one.
    public var id: String?

    /// Creates a batch error.
    public init(
        status: String, category: String, message: String, errors: [APIErrorBody.Detail] = [],
        context: [String: [String]] = [:], links: [String: String] = [:], id: String? = nil
    ) {
        self.status = status
        self.category = category
        self.message = message
        self.errors = errors
        self.context = context
        self.links = links
        self.id = id
    }

    /// The status as a number, or `nil` if HubSpot sent something else.
    public var statusCode: Int? { Int(status) }

    private enum CodingKeys: String, CodingKey {
        case status, category, message, errors, context, links, id
    }

    /// Decodes leniently: a missing or oddly typed field gets an empty value instead of failing the batch.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try? c.decode(String.self, forKey: .status) {
            status = text
        } else if let number = try? c.decode(Int.self, forKey: .status) {
            status = String(number)
        } else {
            status = ""
        }
        category = (try? c.decodeIfPresent(String.self, forKey: .category)) ?? ""
        message = (try? c.decodeIfPresent(String.self, forKey: .message)) ?? ""
        errors = (try? c.decodeIfPresent([APIErrorBody.Detail].self, forKey: .errors)) ?? []
        context = (try? c.decodeIfPresent([String: [String]].self, forKey: .context)) ?? [:]
        links = (try? c.decodeIfPresent([String: String].self, forKey: .links)) ?? [:]
        id = try? c.decodeIfPresent(String.self, forKey: .id)
    }
}
