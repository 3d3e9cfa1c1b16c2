import CRMCache
import HubSpot
import TerminalUI

// MARK: - Settling an outbox conflict: the change made offline against the server's newer values
extension BrowserState {
    /// Shows the conflict: each property with the value queued offline and the server's.
    mutating func showOutboxConflict(_ entry: OutboxEntry) {
        outboxConflict = entry
        message = StatusMessage(Self.describeConflict(entry), kind: .error)
    }

    /// "Contact 101: jobtitle mine "A" theirs "B" · k keeps mine, t takes theirs, other keys decide later".
    static func describeConflict(_ entry: OutboxEntry) -> String {
        guard case .update(_, let id, let properties, _) = entry.change else {
            return "outbox: \(entry.change.summary) conflicts with the server · k keeps mine, t takes theirs"
        }
        let values = properties.keys.sorted().map { name in
            let theirs = (entry.serverRecord?[property: name] ?? nil) ?? ""
            return "\(name) mine \"\(properties[name] ?? "")\" theirs \"\(theirs)\""
        }
        return "changed on the server while offline: \(entry.change.typeID)/\(id) " + values.joined(separator: ", ")
            + " · k keeps mine, t takes theirs, any other key decides later"
    }

    /// The key pressed while a conflict waits: k or t settle it; anything else leaves it for later.
    mutating func answerOutboxConflict(_ key: Key) -> [Effect] {
        guard let entry = outboxConflict else { return [] }
        outboxConflict = nil
        switch key {
        case .character("k"):
            message = StatusMessage("keeping your change; sending it over the server's")
            return [.resolveOutboxConflict(seq: entry.seq, keepLocal: true)]
        case .character("t"):
            message = StatusMessage("took the server's values; your offline change is dropped")
            return [.resolveOutboxConflict(seq: entry.seq, keepLocal: false)]
        default:
            message = StatusMessage("the conflict waits in the outbox (`spoke cache outbox`); you are asked again next time")
            return []
        }
    }
}
