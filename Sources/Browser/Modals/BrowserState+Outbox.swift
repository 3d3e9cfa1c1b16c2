import CRMCache
import HubSpot
import TerminalUI

// MARK: - Settling an outbox conflict: the change made offline against the server's newer values
extension BrowserState {
    /// Shows the conflict (the overlay lists each property with both values).
    mutating func showOutboxConflict(_ entry: OutboxEntry) {
        outboxConflict = entry
        message = StatusMessage(
            "an offline change was overtaken on the server: k keeps mine, t takes theirs",
            kind: .error)
    }

    /// The key pressed while a conflict waits: k or t settle it; anything else leaves it for later.
    mutating func answerOutboxConflict(_ command: ModalCommand) -> [Effect] {
        guard let entry = outboxConflict else { return [] }
        outboxConflict = nil
        switch command {
        case .keepMine:
            message = StatusMessage("keeping your change; sending it over the server's")
            return [.resolveOutboxConflict(seq: entry.seq, keepLocal: true)]
        case .takeTheirs:
            message = StatusMessage("took the server's values; your offline change is dropped")
            return [.resolveOutboxConflict(seq: entry.seq, keepLocal: false)]
        default:
            message = StatusMessage(
                "the conflict waits in the outbox (`spoke cache outbox`); you are asked again next time")
            return []
        }
    }
}
