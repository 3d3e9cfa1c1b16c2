import HubSpot
import Logging

/// What a session writes to `--log-file` (or `SPOKE_LOG`) for a bug report, through swift-log: every response
/// (method, path, status, time), lost answers, retries, throttling, a fallback to legacy, connectivity and
/// outbox changes, writes and their outcomes, and every failure the status line shows. Never a header (so
/// never the token), a query string, or the values of a write: paths come without their query, writes are
/// named by type, id and the properties they touch.
public struct SessionLog: Sendable {
    private let logger: Logger

    /// A log writing through `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// Logs what `action` says, when it is worth a line.
    public func record(_ action: Action) {
        guard let (level, message) = Self.line(for: action) else { return }
        logger.log(level: level, "\(message)")
    }

    /// The level and text of `action`'s line, or nil for an action that is not logged (keys, frames, loaded
    /// pages: the responses behind them are).
    public static func line(for action: Action) -> (Logger.Level, String)? {
        switch action {
        case .client(let event): return line(for: event)
        case .started: return (.info, "session started")
        case .connectivityChanged(let online, let reason):
            return (online ? .info : .warning, (online ? "online" : "offline") + (reason.map { ": \($0)" } ?? ""))
        case .outboxChanged(let pending, let message):
            return (.info, "outbox: \(pending) pending" + (message.map { ": \($0.text)" } ?? ""))
        case .outboxConflict(let entry): return (.warning, "outbox change #\(entry.seq) conflicts with the server")
        case .pageFailed(let typeID, let page, let message): return (.error, "\(typeID) page \(page): \(message)")
        case .definitionsFailed(let typeID, let message): return (.error, "\(typeID) properties: \(message)")
        case .recordFailed(let typeID, let id, let message): return (.error, "\(typeID) \(id): \(message)")
        case .lookupFailed(let message): return (.error, message)
        case .graphHopFailed(let source, let message):
            return (.error, "associations of \(source.typeID) \(source.id): \(message)")
        case .graphPageFailed(let owner, let toTypeID, let message):
            return (.error, "associations of \(owner.typeID) \(owner.id) to \(toTypeID): \(message)")
        case .activitiesFailed(let typeID, let id, let message):
            return (.error, "activities of \(typeID) \(id): \(message)")
        case .writeFinished(_, let request, let outcome): return line(for: request, outcome)
        case .signalled(let name): return (.info, "signal \(name)")
        case .themeFailed(let message), .preferencesNotSaved(let message): return (.warning, message)
        case .notify(let message) where message.kind == .error: return (.error, message.text)
        default: return nil
        }
    }

    private static func line(for event: ClientEvent) -> (Logger.Level, String)? {
        switch event {
        case .sent: return nil
        case .response(let method, let path, let status, let milliseconds, _):
            let level: Logger.Level = status >= 500 || status == 429 ? .warning : status >= 400 ? .notice : .info
            return (level, "\(method.rawValue) \(path) \(status) \(milliseconds) ms")
        case .noAnswer(let method, let path, let detail):
            return (.warning, "\(method.rawValue) \(path): no answer (\(detail))")
        case .retrying(let method, let path, let reason, let attempt, let delay):
            return (.warning, "\(method.rawValue) \(path): \(reason), attempt \(attempt + 1) in \(delay)")
        case .retryAfterClamped(let method, let path, let clamp):
            return (
                .warning,
                "\(method.rawValue) \(path): server asked to wait \"\(clamp.asked)\"; waiting \(clamp.waiting)"
            )
        case .throttled(let delay): return (.info, "holding requests back \(delay) to stay within the rate limit")
        case .generationFallback(let from, let path):
            return (.warning, "\(path) is unknown to this portal: \(from.name) falls back to legacy")
        }
    }

    private static func line(for request: WriteRequest, _ outcome: WriteOutcome) -> (Logger.Level, String) {
        let what: String
        switch request {
        case .update(let typeID, let id, let changes, _):
            what = "update \(typeID) \(id) (\(changes.keys.sorted().joined(separator: ", ")))"
        case .create(let typeID, let properties, _):
            what = "create \(typeID) (\(properties.keys.sorted().joined(separator: ", ")))"
        case .archive(let typeID, let ids): what = "archive \(ids.count) \(typeID)"
        case .bulkUpdate(let typeID, let ids, let changes):
            what = "bulk update \(ids.count) \(typeID) (\(changes.keys.sorted().joined(separator: ", ")))"
        case .pin(let typeID, let id, let engagementID):
            what = engagementID == nil ? "unpin \(typeID) \(id)" : "pin on \(typeID) \(id)"
        case .associate(let fromType, let fromID, let toType, let toID, _):
            what = "associate \(fromType) \(fromID) with \(toType) \(toID)"
        case .disassociate(let fromType, let fromID, let toType, let toID):
            what = "disassociate \(fromType) \(fromID) from \(toType) \(toID)"
        }
        switch outcome {
        case .saved: return (.info, "\(what): saved")
        case .queued(let pending): return (.info, "\(what): queued offline (\(pending) pending)")
        case .conflict: return (.warning, "\(what): refused, the record changed on the server")
        case .rejected(let failure): return (.error, "\(what): refused: \(failure.message)")
        case .partial(let succeeded, let failed):
            return (.warning, "\(what): \(succeeded.count) saved, \(failed.count) refused")
        }
    }
}
