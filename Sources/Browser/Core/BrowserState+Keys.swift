import TerminalUI

// MARK: - Keys: overlays and prompts take keys first, then the key table
extension BrowserState {
    /// A key press: an open overlay, question or prompt gets it first; otherwise its binding runs,
    /// or says why it is unavailable.
    mutating func handleKey(_ key: Key) -> [Effect] {
        if case .mouse(let event) = key { return handleMouse(event) }
        if showsHelp {
            // The overlay takes every key: ?, Esc and q close it; Ctrl-c still quits.
            if key == .control("c") { quitRequested = true }
            if [.character("?"), .escape, .character("q"), .enter].contains(key)
                || keyBindings.command(for: key)?.command == .help {
                showsHelp = false
                return []
            }
            _ = Self.scroll(&helpOffset, by: keyBindings.command(for: key)?.command,
                            count: keyBindings.bindings.count, rows: HelpOverlay.rowsHeight(size: size))
            return []
        }
        if showsRequestLog {
            let command = keyBindings.command(for: key)?.command
            if !Self.scroll(&requestLogOffset, by: command, count: network.log.count,
                            rows: RequestLogOverlay.rowsHeight(size: size)) {
                switch command {
                case .forceQuit?: quitRequested = true
                case .requestLog?, .back?, .quit?: showsRequestLog = false
                default: break
                }
            }
            return []
        }
        if outboxConflict != nil { return answerOutboxConflict(key) }
        if confirmation != nil { return answerConfirmation(key) }
        if picker != nil { return typeIntoPicker(key) }
        if prompt != nil { return typeIntoPrompt(key) }
        if pins?.isOpen == true { return typeIntoPinMenu(key) }
        if confirmingDrop { return answerDrop(key) }
        if filter?.isEditing == true { return typeIntoFilter(key) }
        if key == .escape, filter != nil {
            setFilter(nil)
            return []
        }
        if key == .escape, localSearch != nil, focus == .list {
            leaveLocalSearch()
            return []
        }
        guard let binding = keyBindings.command(for: key) else { return [] }
        if let reason = binding.disabledReason(self) {
            message = StatusMessage("\(binding.keyLabel): \(reason)")
            return []
        }
        return perform(binding.command)
    }

    /// Runs `command` unless its binding says why it is unavailable; the refusal names the binding by
    /// `naming` (its keys, or for the palette its description).
    mutating func performChecked(_ command: Command, naming: KeyPath<KeyBinding, String> = \.keyLabel) -> [Effect] {
        if let binding = keyBindings.bindings.first(where: { $0.command == command }),
           let reason = binding.disabledReason(self) {
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
