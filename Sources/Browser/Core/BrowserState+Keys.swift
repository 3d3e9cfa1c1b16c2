import TerminalUI

// MARK: - Keys: the top modal first, then the focused screen's prompt, then the key table
extension BrowserState {
    /// A key press: the top modal gets it when one is open; otherwise the `/` prompt while it is typed;
    /// otherwise its binding runs, or says why it is unavailable.
    mutating func handleKey(_ key: Key) -> [Effect] {
        if case .mouse(let event) = key { return handleMouse(event) }
        if let modal = modals.top { return handleModalKey(modal, key) }
        if filter?.isEditing == true { return route(listScreen.typeIntoFilter(key, selectedType, context)) }
        if key == .escape, filter != nil { return setFilter(nil) }
        if key == .escape, localSearch != nil, focus == .list { return leaveLocalSearch() }
        guard let binding = keyBindings.command(for: key) else { return [] }
        if let reason = binding.disabledReason(self) {
            message = StatusMessage("\(binding.keyLabel): \(reason)")
            return []
        }
        return perform(binding.command)
    }

    /// A key for the top modal, through that modal's own key rows (the rows its hints are made from).
    mutating func handleModalKey(_ modal: Modal, _ key: Key) -> [Effect] {
        let command = modal.bindings(keyBindings).command(for: key) ?? .otherKey
        if command == .quit { return [.app(.quit(signal: nil))] }
        switch modal {
        case .help(let offset):
            let count = HelpOverlay.rowCount(self)
            modals.set(
                .help,
                to: closeOrScroll(offset, command, key, count, HelpOverlay.rowsHeight(size: size)).map(Modal.help))
            return []
        case .requestLog(let offset):
            let rows = RequestLogOverlay.rowsHeight(size: size)
            modals.set(
                .requestLog, to: closeOrScroll(offset, command, key, network.log.count, rows).map(Modal.requestLog))
            return []
        case .fullValue(var view):
            let count = FullValueOverlay.lineCount(view, size: size)
            modals.set(
                .fullValue,
                to: closeOrScroll(view.offset, command, key, count, FullValueOverlay.rowsHeight(size: size)).map {
                    view.offset = $0
                    return Modal.fullValue(view)
                })
            return []
        case .outboxConflict: return answerOutboxConflict(command)
        case .confirmation: return answerConfirmation(command)
        case .picker: return typeIntoPicker(key, command)
        case .prompt: return typeIntoPrompt(key, command)
        case .pinMenu: return typeIntoPinMenu(key, command)
        }
    }

    /// A scrolling overlay's answer to `command`: nil closes it, else its offset after a movement key (moved by
    /// the key table's command for `key`, over `count` rows shown `rows` at a time).
    private func closeOrScroll(_ offset: Int, _ command: ModalCommand, _ key: Key, _ count: Int, _ rows: Int) -> Int? {
        if command == .close { return nil }
        var moved = offset
        if command == .move {
            _ = Self.scroll(&moved, by: keyBindings.command(for: key)?.command, count: count, rows: rows)
        }
        return moved
    }

    /// Runs `command` unless its binding says why it is unavailable; the refusal names the binding by
    /// `naming` (its keys, or for the palette its description).
    mutating func performChecked(_ command: Command, naming: KeyPath<KeyBinding, String> = \.keyLabel) -> [Effect] {
        if let binding = keyBindings.bindings.first(where: { $0.command == command }),
            let reason = binding.disabledReason(self)
        {
            message = StatusMessage("\(binding[keyPath: naming]): \(reason)")
            return []
        }
        return perform(command)
    }

    /// Moves an overlay's scroll `offset` for the movement commands, over `count` rows shown `rows` at a time.
    /// Returns false when `command` is not a movement.
    static func scroll(_ offset: inout Int, by command: Command?, count: Int, rows: Int) -> Bool {
        let last = max(0, count - rows)
        switch command {
        case .moveDown?: offset = min(last, offset + 1)
        case .moveUp?: offset = max(0, offset - 1)
        case .pageDown?: offset = min(last, offset + rows)
        case .pageUp?: offset = max(0, offset - rows)
        case .first?: offset = 0
        case .last?: offset = last
        default: return false
        }
        return true
    }
}
