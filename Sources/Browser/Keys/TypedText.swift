import TerminalUI

/// Text typed or pasted into a prompt (the `/` filter, a pick list, the inline editor), bounded: a pasted
/// page re-filtered on every character kept the screen frozen for minutes.
enum TypedText {
    /// The longest `/` filter or pick-list text: far past any name or query, short enough to match at once.
    static let filterLimit = 200
    /// The longest value the inline editor takes: HubSpot's limit for a text property.
    static let valueLimit = 65_536

    /// What a key did to the text.
    enum Outcome: Equatable {
        /// The key is not text (a movement, Enter…).
        case notText
        /// The text grew by the key's character or paste.
        case added
        /// The text reached `limit`; what did not fit was dropped.
        case cut(limit: Int)
    }

    /// Adds what `key` types to `text`: a character, or a whole paste (on one line when `oneLine`, its line
    /// breaks and tabs as spaces), keeping `text` within `limit` characters.
    static func add(_ key: Key, to text: inout String, limit: Int, oneLine: Bool) -> Outcome {
        var added: String
        switch key {
        case .character(let character): added = String(character)
        case .paste(let pasted):
            added = oneLine ? String(pasted.map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 }) : pasted
        default: return .notText
        }
        if added.contains(where: erases) {
            // DEL (0x7f) is Backspace from many terminals: it erases, wherever it arrives, never inserted or lost.
            var kept = ""
            for character in added {
                if !erases(character) {
                    kept.append(character)
                } else if !kept.isEmpty {
                    kept.removeLast()
                } else if !text.isEmpty {
                    text.removeLast()
                }
            }
            added = kept
        }
        let room = limit - text.count
        guard room > 0 else { return .cut(limit: limit) }
        if added.count <= room {
            text += added
            return .added
        }
        text += added.prefix(room)
        return .cut(limit: limit)
    }

    /// Whether `character` is DEL or BS, which erase the character before them.
    static func erases(_ character: Character) -> Bool {
        character == "\u{7F}" || character == "\u{8}"
    }

    /// The status line's word when text was cut.
    static func cutMessage(_ what: String, limit: Int) -> StatusMessage {
        StatusMessage("\(what) takes at most \(limit) characters; the rest was dropped", kind: .error)
    }
}
