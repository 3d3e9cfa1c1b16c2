import TerminalUI

/// Applying the config file's `[keys]` section to a key table.
extension KeyBindings {
    /// This table with `remaps` applied: each named action gets exactly the listed keys (none unbinds it),
    /// and a key given to an action is taken from any other. Bad entries become issues naming the line;
    /// the rest still apply.
    public func remapped(by remaps: [KeyRemap], file: String) -> (KeyBindings, issues: [ConfigIssue]) {
        var rows = bindings.map { (keys: $0.keys, binding: $0) }
        var issues: [ConfigIssue] = []
        for remap in remaps {
            let key = "keys.\(remap.action)"
            guard let command = Command(rawValue: remap.action),
                let index = rows.firstIndex(where: { $0.binding.command == command })
            else {
                let actions = bindings.map(\.command.rawValue).joined(separator: ", ")
                issues.append(
                    ConfigIssue(
                        file: file, line: remap.line, key: key,
                        message: "unknown action \"\(remap.action)\" (actions: \(actions)); ignored"))
                continue
            }
            var keys: [Key] = []
            var bad: [String] = []
            for name in remap.keyNames {
                if let parsed = Key(name: name) { keys.append(parsed) } else { bad.append(name) }
            }
            guard bad.isEmpty else {
                let names = bad.map { "\"\($0)\"" }.joined(separator: ", ")
                issues.append(
                    ConfigIssue(
                        file: file, line: remap.line, key: key,
                        message:
                            "unknown key \(names) (write e.g. \"R\", \"Ctrl-r\", \"F5\", \"PgDn\", \"Enter\"); ignored")
                )
                continue
            }
            for other in rows.indices where other != index {
                let taken = rows[other].keys.filter { keys.contains($0) }
                guard !taken.isEmpty else { continue }
                rows[other].keys.removeAll { keys.contains($0) }
                // Taking a key from another action is allowed, and said: that action may be left with none.
                let names = taken.map { "\"\($0.displayName)\"" }.joined(separator: ", ")
                let left =
                    rows[other].keys.isEmpty
                    ? "which has no key left (it stays in the palette, :)"
                    : "which keeps \(rows[other].keys.map(\.displayName).joined(separator: "/"))"
                issues.append(
                    ConfigIssue(
                        file: file, line: remap.line, key: key,
                        message:
                            "\(names) now runs \(command.rawValue), no longer \(rows[other].binding.command.rawValue) "
                            + "(\(rows[other].binding.description)), \(left)"))
            }
            rows[index].keys = keys
        }
        // An action left without keys stays in the table: help lists it and the palette runs it.
        let remapped = rows.map { row in
            KeyBinding(
                row.keys, row.binding.command, row.binding.description, footer: row.binding.footerLabel,
                disabledReason: row.binding.disabledReason)
        }
        return (KeyBindings(remapped), issues)
    }
}
