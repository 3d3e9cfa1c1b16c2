import CRMCache
import HubSpot
import TerminalUI

// MARK: - Command palette (:)
extension BrowserState {
    /// `:`: one fuzzy list of object types, actions with their keys, recent records, themes and profiles.
    mutating func openPalette() -> [Effect] {
        var options = bookmarkOptions
        for type in registry.all {
            options.append(
                Picker.Option(label: type.pluralLabel, value: "type:\(type.id)", note: "go to · \(type.name)"))
        }
        for entry in backHistory.reversed() {
            guard let detail = entry.detail, !detail.isNew, let type = registry.resolve(detail.typeID) else { continue }
            let value = "record:\(detail.typeID):\(detail.record.id)"
            guard !options.contains(where: { $0.value == value }) else { continue }
            options.append(
                Picker.Option(
                    label: type.displayName(of: detail.record), value: value,
                    note: "recent \(type.singularLabel.lowercased()) \(detail.record.id)"))
        }
        for binding in keyBindings.bindings where Self.paletteCommands.contains(binding.command) {
            options.append(
                Picker.Option(
                    label: binding.description, value: "command:\(binding.command.rawValue)",
                    note: binding.keyLabel))
        }
        options.append(Picker.Option(label: "quit", value: "command:quit", note: ":q"))
        for theme in themeChoices {
            options.append(
                Picker.Option(
                    label: "theme \(theme)", value: "theme:\(theme)",
                    note: theme == themeName ? "in use" : "switch now"))
        }
        for profile in profileNames {
            options.append(
                Picker.Option(
                    label: "profile \(profile)", value: "profile:\(profile)",
                    note: "spoke --profile \(profile)"))
        }
        picker = Picker(title: "Go to, or do", options: options, purpose: .palette)
        return []
    }

    /// The commands the palette offers (movement keys are left out: they are no use from a list).
    static let paletteCommands: Set<Command> = [
        .refresh, .help, .filter, .edit, .editExternal, .save, .graph, .pinMenu, .unpin, .create, .archive,
        .historyBack, .historyForward, .copy, .internalNames, .emptyProperties, .requestLog, .copyURL, .openURL,
        .fullValue, .columns, .columnsRight, .columnsLeft, .sort, .bookmark,
    ]

    /// What typed text picks outright: `q`/`quit`, a type's name (`deals`, `0-3`), or `theme NAME`.
    func paletteShortcut(_ text: String) -> String? {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if ["q", "quit", "q!"].contains(typed) { return "command:quit" }
        if let type = registry.resolve(typed) { return "type:\(type.id)" }
        if typed.hasPrefix("theme "), themeChoices.contains(String(typed.dropFirst(6))) {
            return "theme:\(typed.dropFirst(6))"
        }
        return nil
    }

    /// Runs the palette's choice.
    mutating func runPaletteChoice(_ value: String) -> [Effect] {
        let parts = value.split(separator: ":", maxSplits: 2).map(String.init)
        switch parts.first {
        case "type":
            guard parts.count == 2, let index = registry.all.firstIndex(where: { $0.id == parts[1] }) else { return [] }
            if detail?.staged.isEmpty == false {
                message = StatusMessage("save (Ctrl-s) or drop (Esc) the staged edits first")
                return []
            }
            if index != sidebar.selected { pushHistory() }
            sidebar.selected = index
            visitedTypeID = registry.all[index].id
            graphScreen.close()
            focus = .list
            return openSelectedType()
        case "record":
            guard parts.count == 3 else { return [] }
            pushHistory()
            return openRecord(RecordReference(typeID: parts[1], id: parts[2]), thenGraph: false)
        case "command":
            guard parts.count == 2, let command = Command(rawValue: parts[1]) else { return [] }
            return performChecked(command, naming: \.description)
        case "theme":
            guard parts.count == 2 else { return [] }
            return switchTheme(to: parts[1])
        case "profile":
            guard parts.count == 2 else { return [] }
            message = StatusMessage("profiles are chosen at start: quit and run spoke --profile \(parts[1])")
            return []
        default:
            return []
        }
    }
}
