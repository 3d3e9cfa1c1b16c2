/// HubSpot's error body (`Error` in the specs, plus the docs' `status` and the 429 fields).
///
/// The docs say every field "should be treated as optional", so all of them are.
public struct APIErrorBody: Codable, Hashable, Sendable {
    /// One detail of an error (`ErrorDetail`), e.g. the property a validation failure names.
    public struct Detail: Codable, Hashable, Sendable {
        /// What went wrong.
        public var message: String
        /// A machine-readable code, e.g. `INVALID_INTEGER`.
        public var code: String?
        /// The field it concerns, e.g. a property name.
        public var `in`: String?
        /// Extra context.
        public var context: [String: [String]]?

        /// Creates a detail.
        public init(message: String, code: String? = nil, in field: String? = nil, context: [String: [String]]? = nil) {
            self.message = message
            self.code = code
            self.in = field
            self.context = context
        }
    }

    /// `"error"` in HubSpot's real bodies (not in the spec).
    public var status: String?
    /// The human-readable message.
    public var message: String?
    /// A correlation id to quote to HubSpot support.
    public var correlationId: String?
    /// `VALIDATION_ERROR`, `OBJECT_NOT_FOUND`, `CONFLICT`, `RATE_LIMITS`, …
    public var category: String?
    /// A finer category, when given as a string.
    public var subCategory: String?
    /// Per-field details.
    public var errors: [Detail]?
    /// Context values, e.g. `{"invalidPropertyName": ["foo"]}`.
    public var context: [String: [String]]?
    /// Documentation links.
    public var links: [String: String]?
    /// The 429 body's `errorType` (`RATE_LIMIT`).
    public var errorType: String?
    /// The 429 body's `policyName` (`DAILY`, `TEN_SECONDLY_ROLLING`, `SECONDLY`).
    public var policyName: String?
    /// The 429 body's request id.
    public var requestId: String?

    /// Creates an error body.
    public init(
        status: String? = "error", message: String?, correlationId: String? = nil, category: String? = nil,
        subCategory: String? = nil, errors: [Detail]? = nil, context: [String: [String]]? = nil,
        links: [String: String]? = nil, errorType: String? = nil, policyName: String? = nil, requestId: String? = nil
    ) {
        self.status = status
        self.message = message
        self.correlationId = correlationId
        self.category = category
        self.subCategory = subCategory
        self.errors = errors
        self.context = context
        self.links = links
        self.errorType = errorType
        self.policyName = policyName
        self.requestId = requestId
    }

    private enum CodingKeys: String, CodingKey {
        case status, message, correlationId, category, subCategory, errors, context, links, errorType, policyName,
            requestId
    }

    /// Decodes tolerantly: `subCategory` may be a string or (in `StandardError`) an object, and
    /// a field of an unexpected type is dropped rather than failing the whole body.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        status = try? c.decodeIfPresent(String.self, forKey: .status)
        message = try? c.decodeIfPresent(String.self, forKey: .message)
        correlationId = try? c.decodeIfPresent(String.self, forKey: .correlationId)
        category = try? c.decodeIfPresent(String.self, forKey: .category)
        subCategory = try? c.decodeIfPresent(String.self, forKey: .subCategory)
        errors = try? c.decodeIfPresent([Detail].self, forKey: .errors)
        context = try? c.decodeIfPresent([String: [String]].self, forKey: .context)
        links = try? c.decodeIfPresent([String: String].self, forKey: .links)
        errorType = try? c.decodeIfPresent(String.self, forKey: .errorType)
        policyName = try? c.decodeIfPresent(String.self, forKey: .policyName)
        requestId = try? c.decodeIfPresent(String.self, forKey: .requestId)
    }

    /// Encodes only the fields that are set, as HubSpot does.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(message, forKey: .message)
        try c.encodeIfPresent(correlationId, forKey: .correlationId)
        try c.encodeIfPresent(category, forKey: .category)
        try c.encodeIfPresent(subCategory, forKey: .subCategory)
        try c.encodeIfPresent(errors, forKey: .errors)
        try c.encodeIfPresent(context, forKey: .context)
        try c.encodeIfPresent(links, forKey: .links)
        try c.encodeIfPresent(errorType, forKey: .errorType)
        try c.encodeIfPresent(policyName, forKey: .policyName)
        try c.encodeIfPresent(requestId, forKey: .requestId)
    }
}
