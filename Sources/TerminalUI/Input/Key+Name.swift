/// Reading keys back from the names people write in config files.
extension Key {
    private static let namedKeys: [String: Key] = [
        "up": .up, "↑": .up, "down": .down, "↓": .down, "left": .left, "←": .left, "right": .right, "→": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace,
        "del": .delete, "delete": .delete, "ins": .insert, "insert": .insert, "space": .character(" "),
    ]

    /// The key a name spells: one character ("R"), "Ctrl-x" (or "C-x"), "F5", or a name from
    /// ``displayName`` such as "PgDn", "Enter", "Esc", "Shift-Tab", "Up"; `nil` when it spells none.
    public init?(name: String) {
        let lowered = name.lowercased()
        if let key = Key.namedKeys[lowered] {
            self = key
            return
        }
        if name.count == 1, let character = name.first, !character.isWhitespace || character == " " {
            self = .character(character)
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isLetter, letter.isASCII else { return nil }
            self = .control(letter)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...24).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }
}
