import CRMCache
import HubSpot
import TerminalUI

// MARK: - Settling an outbox entry that waits for the person: a conflict, or a create of unknown fate
extension BrowserState {
    /// Shows the entry (the overlay lists a conflict's properties with both values, or a create's values and
    /// why its fate is unknown).
    mutating func showOutboxConflict(_ entry: OutboxEntry) {
        outboxConflict = entry
        message = StatusMessage(
            entry.state == .unknown
                ? "a create may already be on HubSpot: c it was created, s send it again, d drop it"
                : "an offline change was overtaken on the server: k keeps mine, t takes theirs",
            kind: .error)
    }

    /// The key pressed while the entry waits: k or t settle a conflict; c, s or d a create of unknown fate;
    /// anything else leaves it for later.
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
        case .sendAgain:
            message = StatusMessage("sending the create #\(entry.seq) again")
            return [.resolveOutboxConflict(seq: entry.seq, keepLocal: true)]
        case .dropChange:
            message = StatusMessage("dropped the create #\(entry.seq) and its local record")
            return [.resolveOutboxConflict(seq: entry.seq, keepLocal: false)]
        case .createdAs:
            let noun = registry.resolve(entry.change.typeID)?.singularLabel.lowercased() ?? "record"
            var asked = PropertyPrompt(name: "#\(entry.seq)", label: "The \(noun)'s id on HubSpot", text: "")
            asked.settlesCreate = entry.seq
            prompt = asked
            return []
        default:
            message = StatusMessage("left for later: asked again next time (spoke cache outbox lists it)")
            return []
        }
    }

    /// Enter in the id prompt of a create of unknown fate: the id is read from the server and adopted.
    mutating func settleCreate(_ seq: Int64, id text: String) -> [Effect] {
        let id = text.trimmingCharacters(in: .whitespaces)
        guard !id.isEmpty, id.allSatisfy(\.isNumber) else {
            prompt?.error = "a HubSpot record id is a number, not \"\(TerminalText.sanitize(text))\""
            return []
        }
        prompt = nil
        message = StatusMessage("reading record \(id) to settle the create #\(seq)…")
        return [.adoptOutboxCreate(seq: seq, id: id)]
    }
}
