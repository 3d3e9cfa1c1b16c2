import TerminalUI

/// One key row of a modal: the keys, what they do there, and the hint a person reads.
///
/// A modal's footer hints and the hint line inside its box are generated from these rows, so what
/// the screen says a key does is what it does.
public struct ModalBinding: Sendable, Equatable {
    /// The keys that trigger the command; empty for what any other key (or typing) does.
    public let keys: [Key]
    /// What the keys do in the modal.
    public let command: ModalCommand
    /// The hint's words, e.g. "keeps mine"; `nil` leaves the row out of the hints (Ctrl-c, typing).
    public let label: String?
    /// How many of `keys` the hint names (the first ones), e.g. 2 for "j/k".
    public let shownKeys: Int

    /// Creates a row; the hint names the first `shownKeys` keys.
    public init(_ keys: [Key], _ command: ModalCommand, _ label: String?, shownKeys: Int = 1) {
        self.keys = keys
        self.command = command
        self.label = label
        self.shownKeys = shownKeys
    }

    /// The keys as the hint shows them ("j/k", "Esc"); empty for a row without keys.
    public var keyLabel: String { keys.prefix(shownKeys).map(\.displayName).joined(separator: "/") }

    /// The whole hint, e.g. "k keeps mine"; a row without keys is its label alone ("type to narrow").
    /// `nil` for a row the hints leave out.
    public var hint: String? {
        guard let label else { return nil }
        return keyLabel.isEmpty ? label : "\(keyLabel) \(label)"
    }
}

/// What a key does inside a modal.
public enum ModalCommand: Sendable, Equatable {
    /// Move or scroll, as the key table's movement command for the key says (down, page up, first…).
    case move
    /// Close the modal, changing nothing.
    case close
    /// Pick the highlighted option, stage the typed value, or answer yes.
    case accept
    /// Toggle the highlighted option of a multi-select.
    case toggle
    /// Clear the typed text.
    case clear
    /// Outbox conflict: send the offline change over the server's.
    case keepMine
    /// Outbox conflict: drop the offline change for the server's values.
    case takeTheirs
    /// Outbox create of unknown fate: it was created; ask for the id of the record it became.
    case createdAs
    /// Outbox create of unknown fate: send it again.
    case sendAgain
    /// Outbox create of unknown fate: drop it and its local stand-in.
    case dropChange
    /// Pin menu: clear the record's pinned activity.
    case unpin
    /// What any other key does (typing, or "no" to a question); never bound to keys.
    case otherKey
    /// Quit the app.
    case quit
}

extension [ModalBinding] {
    /// The command `key` triggers, or nil when no row names it.
    func command(for key: Key) -> ModalCommand? {
        first { $0.keys.contains(key) }?.command
    }

    /// The rows the hints show, in order.
    var hinted: [ModalBinding] { filter { $0.label != nil } }

    /// The hints joined as a box's last line shows them: "k keeps mine · t takes theirs".
    var hintLine: String {
        compactMap(\.hint).joined(separator: " · ")
    }
}
