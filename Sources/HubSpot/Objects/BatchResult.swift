/// What a batch call returned: the successes, the per-input failures, and whether HubSpot said 207.
public struct BatchResult<Result: Codable & Hashable & Sendable>: Hashable, Sendable {
    /// The HTTP status: 200 or 201 when every input succeeded, 207 when some failed.
    public let httpStatus: Int
    /// The decoded body.
    public let response: BatchResponse<Result>
    /// The `objectWriteTraceId` of each input, in the order they were sent (empty for reads and archives).
    public let inputTraceIds: [String]
    /// The record id each input named (an update by record id), or nil; used when an answer carries no trace id.
    public let inputRecordIds: [String?]

    /// Creates a result.
    public init(
        httpStatus: Int, response: BatchResponse<Result>, inputTraceIds: [String] = [], inputRecordIds: [String?] = []
    ) {
        self.httpStatus = httpStatus
        self.response = response
        self.inputTraceIds = inputTraceIds
        self.inputRecordIds = inputRecordIds
    }

    /// The inputs that succeeded.
    public var results: [Result] { response.results }
    /// The inputs that failed (empty unless `isMultiStatus`).
    public var errors: [StandardError] { response.errors ?? [] }
    /// Whether HubSpot answered 207 Multi-Status (some inputs failed, others succeeded).
    public var isMultiStatus: Bool { httpStatus == 207 }
}
