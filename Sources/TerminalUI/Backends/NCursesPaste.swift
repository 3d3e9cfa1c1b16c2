import CNCurses

/// Bracketed paste under ncurses: the start and end markers as key codes of their own, and the text between.
enum NCursesPaste {
    /// The key code ncurses returns for `ESC [200~` (past every code ncurses defines).
    static let startCode: Int32 = KEY_MAX + 200
    /// The key code for `ESC [201~`.
    static let endCode: Int32 = KEY_MAX + 201
    /// The most a paste keeps; the rest is read and dropped, so a runaway paste cannot fill memory.
    static let limit = 1_000_000

    /// Teaches ncurses the markers, so they arrive as one key each instead of Esc and four characters.
    static func defineKeys() {
        _ = define_key("\u{1B}[200~", startCode)
        _ = define_key("\u{1B}[201~", endCode)
    }

    /// The text up to the end marker (or until the terminal goes quiet for a second: a lost marker must
    /// not swallow every later key). Line breaks and tabs become `\n` and `\t`; DEL and BS erase the character
    /// before them; other control bytes are dropped.
    static func readBody(window: UnsafeMutablePointer<WINDOW>?) -> String {
        wtimeout(window, 1000)
        var text = ""
        var count = 0
        var character: wint_t = 0
        while true {
            let result = wget_wch(window, &character)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                if Int32(bitPattern: character) == endCode { break }
                continue
            }
            guard count < limit, let scalar = Unicode.Scalar(UInt32(character)) else { continue }
            switch scalar.value {
            case 10, 13: text.unicodeScalars.append("\n")
            case 9: text.unicodeScalars.append("\t")
            case 8, 0x7F:
                // Backspace as many terminals send it: it erases, as typed, rather than vanishing unseen.
                if !text.isEmpty { text.removeLast() }
            case 0..<32, 0x7F...0x9F: continue
            default: text.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return text
    }
}
