/// What became of one input of a batch write.
public enum BatchInputOutcome<Result: Sendable>: Sendable {
    /// It was written; this is its result.
    case succeeded(Result)
    /// It was refused with this error.
    case failed(StandardError)
    /// The answer names it neither among results nor errors.
    case unanswered
}

extension BatchResult where Result: TraceableResult {
    /// What became of each input, in the order they were sent, matched by the trace id HubSpot repeats on each
    /// result and in each error's context: HubSpot does not promise results in input order, and a 207's errors
    /// name inputs only by what they carried. An answer without trace ids is matched by record id (an update),
    /// or, when every input succeeded, by order.
    public var outcomes: [BatchInputOutcome<Result>] {
        var resultByTrace: [String: Result] = [:]
        var resultByID: [String: Result] = [:]
        for result in results {
            if let trace = result.objectWriteTraceId { resultByTrace[trace] = result }
            resultByID[result.id] = result
        }
        var errorByTrace: [String: StandardError] = [:]
        var errorByID: [String: StandardError] = [:]
        for error in errors {
            for trace in error.context["objectWriteTraceId"] ?? [] { errorByTrace[trace] = error }
            for id in (error.context["id"] ?? []) + (error.context["ids"] ?? []) { errorByID[id] = error }
        }
        let inOrder = errors.isEmpty && results.count == inputTraceIds.count
        return inputTraceIds.enumerated().map { index, trace in
            if let result = resultByTrace[trace] { return .succeeded(result) }
            if let error = errorByTrace[trace] { return .failed(error) }
            let recordID = index < inputRecordIds.count ? inputRecordIds[index] : nil
            if let recordID, let result = resultByID[recordID] { return .succeeded(result) }
            if let recordID, let error = errorByID[recordID] { return .failed(error) }
            if inOrder, resultByTrace.isEmpty { return .succeeded(results[index]) }
            return .unanswered
        }
    }
}
