/// A batch write's result that can name the input it answers (`objectWriteTraceId`).
public protocol TraceableResult {
    /// The input's trace id, as HubSpot repeats it.
    var objectWriteTraceId: String? { get }
    /// The record's id.
    var id: String { get }
}

extension CRMRecord: TraceableResult {}

extension UpsertedRecord: TraceableResult {
    /// The trace id on the upserted record.
    public var objectWriteTraceId: String? { record.objectWriteTraceId }
    /// The upserted record's id.
    public var id: String { record.id }
}
