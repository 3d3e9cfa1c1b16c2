import TerminalUI

// MARK: - Each modal's key rows: what a key does there, and (the same rows) the hints it shows
extension Modal {
    /// The modal's key rows. Movement and closing keys come from `table`, so remapped keys work here too.
    public func bindings(_ table: KeyBindings) -> [ModalBinding] {
        let quit = ModalBinding(table.keys(of: .forceQuit), .quit, nil)
        switch self {
        case .help:
            return [
                Self.movement(table, "scroll"),
                ModalBinding(
                    table.keys(of: .help) + [.escape, .character("q"), .enter], .close, "closes",
                    shownKeys: 2),
                quit,
            ]
        case .requestLog:
            return [
                Self.movement(table, "scroll"),
                ModalBinding(
                    table.keys(of: .requestLog) + table.keys(of: .back) + table.keys(of: .quit), .close,
                    "closes", shownKeys: 2),
                quit,
            ]
        case .fullValue:
            return [
                Self.movement(table, "scroll"),
                ModalBinding(
                    table.keys(of: .fullValue) + table.keys(of: .back) + table.keys(of: .quit), .close, "closes",
                    shownKeys: 2),
                quit,
            ]
        case .outboxConflict(let entry) where entry.state == .unknown:
            // A create that may exist: never sent again unasked (decision 0033), so each way out is a key.
            return [
                ModalBinding([.character("c")], .createdAs, "it was created: give its id"),
                ModalBinding([.character("s")], .sendAgain, "send it again"),
                ModalBinding([.character("d")], .dropChange, "drop it"),
                ModalBinding([], .otherKey, "any other key: decide later"),
                quit,
            ]
        case .outboxConflict:
            return [
                ModalBinding([.character("k")], .keepMine, "keeps mine"),
                ModalBinding([.character("t")], .takeTheirs, "takes theirs"),
                ModalBinding([], .otherKey, "any other key: decide later"),
                quit,
            ]
        case .confirmation(let question):
            return [
                ModalBinding([.character("y"), .character("Y")], .accept, question.action.yesLabel),
                ModalBinding([], .otherKey, "any other key " + question.action.noLabel),
                quit,
            ]
        case .picker(let picker):
            let move = ModalBinding(Self.arrows, .move, "move", shownKeys: 4)
            let cancel = ModalBinding([.escape], .close, "cancels")
            let clear = ModalBinding([.control("u")], .clear, nil)
            let typing = ModalBinding([], .otherKey, picker.isSearch || picker.isMulti ? nil : "type to narrow")
            if picker.isMulti {
                return [
                    ModalBinding([.character(" ")], .toggle, "toggles"), ModalBinding([.enter], .accept, "keeps"),
                    cancel, move, clear, typing, quit,
                ]
            }
            let accept = ModalBinding([.enter], .accept, picker.isSearch ? "searches, then picks" : "picks")
            return picker.isSearch
                ? [accept, move, cancel, clear, typing, quit]
                : [typing, move, accept, cancel, clear, quit]
        case .prompt(let prompt):
            return [
                ModalBinding([.enter], .accept, prompt.settlesCreate == nil ? "stages" : "settles"),
                ModalBinding([.escape], .close, "cancels"),
                ModalBinding([.control("u")], .clear, "clears"), ModalBinding([], .otherKey, nil), quit,
            ]
        case .pinMenu:
            return [
                ModalBinding([.enter], .accept, "pins"), ModalBinding([.character("u")], .unpin, "unpins"),
                ModalBinding([.escape, .character("q")] + table.keys(of: .pinMenu), .close, "closes"),
                ModalBinding(Self.movement(table, "").keys, .move, nil), quit,
            ]
        }
    }

    /// A pick list's movement keys: arrows, Ctrl-n/Ctrl-p (as in Emacs and shells) and paging; letters,
    /// j and k too, are typed into its filter.
    static let arrows: [Key] = [.down, .up, .control("n"), .control("p"), .pageDown, .pageUp, .home, .end]

    /// One row for every movement key of the table, the first down and up keys named first ("↓/↑ scroll").
    private static func movement(_ table: KeyBindings, _ label: String) -> ModalBinding {
        let down = table.keys(of: .moveDown)
        let up = table.keys(of: .moveUp)
        let rest = [Command.pageDown, .pageUp, .first, .last].flatMap(table.keys(of:))
        let keys = Array(down.prefix(1)) + Array(up.prefix(1)) + down.dropFirst() + up.dropFirst() + rest
        return ModalBinding(keys, .move, label, shownKeys: 2)
    }
}

extension KeyBindings {
    /// The keys bound to `command` (none when it is unbound).
    func keys(of command: Command) -> [Key] {
        bindings.first { $0.command == command }?.keys ?? []
    }
}
