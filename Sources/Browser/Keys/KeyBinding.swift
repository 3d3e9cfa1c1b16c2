import TerminalUI

/// One row of a key table: the keys, what they do, and when they are available.
///
/// The footer hints (and later the help overlay and docs/keys.md) are generated from these rows,
/// so they cannot drift from what the keys really do.
public struct KeyBinding: Sendable {
    /// The keys that trigger the command.
    public let keys: [Key]
    /// The command.
    public let command: Command
    /// A short description for hints and help.
    public let description: String
    /// The footer's short hint, or `nil` when the footer leaves this binding out.
    public let footerLabel: String?
    /// Why the binding is unavailable in a state, or `nil` when it is available.
    public let disabledReason: @Sendable (BrowserState) -> String?

    /// Creates a binding.
    public init(
        _ keys: [Key], _ command: Command, _ description: String, footer: String? = nil,
        disabledReason: @escaping @Sendable (BrowserState) -> String? = { _ in nil }
    ) {
        self.keys = keys
        self.command = command
        self.description = description
        footerLabel = footer
        self.disabledReason = disabledReason
    }

    /// The keys as a person reads them, e.g. "↓/j".
    public var keyLabel: String { keys.isEmpty ? "no key" : keys.map(\.displayName).joined(separator: "/") }
}

/// The browser's key table.
public struct KeyBindings: Sendable {
    /// The rows, in help order.
    public let bindings: [KeyBinding]

    /// Creates a key table from rows.
    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
    }

    /// The command bound to `key`, if any.
    public func command(for key: Key) -> KeyBinding? {
        bindings.first { $0.keys.contains(key) }
    }

    /// The key reference as Markdown (docs/keys.md is this, and a test keeps it so).
    public func markdown() -> String {
        var text = "# Spoke keys\n\nGenerated from the browser's key table (`KeyBindings.standard`); "
        text += "a test fails when this file and the table disagree.\n\n| keys | action |\n|---|---|\n"
        for binding in bindings {
            let keys =
                binding.keys.isEmpty ? "(no key)" : binding.keys.map { "`\($0.displayName)`" }.joined(separator: " ")
            text += "| \(keys) | \(binding.description) |\n"
        }
        return text
    }

    /// The default keys (DESIGN.md's table, for the features that exist so far).
    public static let standard = KeyBindings([
        KeyBinding([.down, .character("j")], .moveDown, "down"),
        KeyBinding([.up, .character("k")], .moveUp, "up"),
        KeyBinding([.pageDown, .control("f")], .pageDown, "page down", footer: "page"),
        KeyBinding([.pageUp, .control("b")], .pageUp, "page up"),
        KeyBinding([.character("g"), .home], .first, "first"),
        KeyBinding([.character("G"), .end], .last, "last loaded"),
        KeyBinding([.tab], .nextPane, "next pane", footer: "pane"),
        KeyBinding([.backTab], .previousPane, "previous pane"),
        KeyBinding([.enter], .open, "open", footer: "open"),
        KeyBinding([.escape], .back, "back", footer: "back"),
        KeyBinding(
            [.character("/")], .filter, "filter the loaded rows", footer: "filter",
            disabledReason: { state in
                (state.activeList?.rowCount ?? 0) > 0 ? nil : "no rows loaded to filter"
            }),
        KeyBinding(
            [.character(":")], .palette, "command palette: types, actions, recent records, themes",
            footer: "palette"),
        KeyBinding(
            [.character("r")], .refresh, "refresh", footer: "refresh",
            disabledReason: { state in
                state.activeList == nil ? "no list to refresh" : nil
            }),
        KeyBinding(
            [.character("e")], .edit, "edit the selected property", footer: "edit",
            disabledReason: { $0.editDisabledReason }),
        KeyBinding(
            [.character("i")], .internalNames, "show internal property names (or labels)",
            disabledReason: { $0.detail == nil ? "open a record first" : nil }),
        KeyBinding(
            [.character("v")], .emptyProperties, "show empty properties too, to set them",
            disabledReason: { $0.detail == nil ? "open a record first" : nil }),
        KeyBinding(
            [.character("z")], .fullValue, "read the selected property's value whole",
            disabledReason: { $0.fullValueDisabledReason }),
        KeyBinding(
            [.character("E")], .editExternal, "edit the selected property in $VISUAL or $EDITOR",
            disabledReason: { $0.externalEditDisabledReason }),
        KeyBinding(
            [.control("s")], .save, "save the staged edits (or create the new record)", footer: "save",
            disabledReason: { state in
                if state.readOnly { return "read-only mode (--read-only): nothing is sent" }
                if state.isSaving { return "already saving; wait for the answer" }
                if state.detail?.isNew == true { return nil }
                return state.detail?.staged.isEmpty == false ? nil : "no staged edits to save"
            }),
        KeyBinding(
            [.character("t")], .takeTheirs, "take the server's value of the property (conflict)",
            disabledReason: { state in
                state.detail?.conflict == nil ? "no conflict to resolve" : nil
            }),
        KeyBinding(
            [.character("a")], .graph, "association graph of the open record", footer: "graph",
            disabledReason: { GraphScreen.openDisabledReason($0.detail) }),
        KeyBinding(
            [.right, .character("l")], .expand, "graph: show a neighbour's own associations", footer: "expand",
            disabledReason: { $0.focus == .graph ? nil : "only in the association graph (a)" }),
        KeyBinding(
            [.left, .character("h")], .collapse, "graph: fold a neighbour's associations",
            disabledReason: { $0.focus == .graph ? nil : "only in the association graph (a)" }),
        KeyBinding(
            [.character("+")], .addAssociation, "graph: associate the centre with another record",
            footer: "associate",
            disabledReason: { $0.graphScreen.addDisabledReason(focus: $0.focus, $0.context) }),
        KeyBinding(
            [.character("-")], .removeAssociation, "graph: remove the selected association (asks first)",
            footer: "remove",
            disabledReason: { $0.graphScreen.removeDisabledReason(focus: $0.focus, $0.context) }),
        KeyBinding(
            [.character("p")], .pinMenu, "pin-activity menu of the open record",
            disabledReason: PinMenu.menuDisabledReason),
        KeyBinding(
            [.character("u")], .unpin, "unpin the record's pinned activity",
            disabledReason: PinMenu.unpinDisabledReason),
        KeyBinding(
            [.character("n")], .create, "new record of the selected type",
            disabledReason: { $0.createDisabledReason }),
        KeyBinding(
            [.character(" ")], .mark, "mark the row for a bulk edit or archive",
            disabledReason: { state in
                state.focus == .list && state.activeList?.selectedRecord != nil ? nil : "only in a list with rows"
            }),
        KeyBinding(
            [.character("d")], .archive, "archive the record, or the marked ones (asks)",
            disabledReason: { $0.archiveDisabledReason }),
        KeyBinding(
            [.character("c")], .columns, "choose the list's columns",
            disabledReason: { state in
                state.definitions[state.selectedType.id] == nil ? "the type's properties are still loading" : nil
            }),
        KeyBinding(
            [.character(">")], .columnsRight, "list: scroll to the columns that do not fit",
            disabledReason: { $0.columnsRightDisabledReason }),
        KeyBinding(
            [.character("<")], .columnsLeft, "list: scroll the columns back",
            disabledReason: { $0.columnsLeftDisabledReason }),
        KeyBinding([.character("s")], .sort, "sort the list by a column (HubSpot's search)", footer: "sort"),
        KeyBinding(
            [.character("b")], .bookmark, "bookmark the record (or remove its bookmark)",
            disabledReason: { $0.recordToBookmark == nil ? "no record selected" : nil }),
        KeyBinding(
            [.character("[")], .historyBack, "back in the navigation history",
            disabledReason: { state in
                state.backHistory.isEmpty ? "nothing to go back to" : nil
            }),
        KeyBinding(
            [.character("]")], .historyForward, "forward in the navigation history",
            disabledReason: { state in
                state.forwardHistory.isEmpty ? "nothing to go forward to" : nil
            }),
        KeyBinding(
            [.character("y")], .copy, "copy the record id",
            disabledReason: { state in
                if state.focus == .detail, state.detail?.isNew == true {
                    return "the new record has no id until it is created"
                }
                return state.recordIDToCopy == nil ? "no record selected" : nil
            }),
        KeyBinding(
            [.character("Y")], .copyURL, "copy the record's HubSpot URL", disabledReason: { $0.urlDisabledReason }),
        KeyBinding(
            [.character("o")], .openURL, "open the record in HubSpot (or copy its URL)",
            disabledReason: { $0.urlDisabledReason }),
        KeyBinding([.character("L")], .requestLog, "request log: the last 200 calls with status and time"),
        KeyBinding([.character("?")], .help, "help: every key", footer: "help"),
        KeyBinding([.character("q")], .quit, "quit", footer: "quit"),
        KeyBinding([.control("c")], .forceQuit, "quit"),
    ])
}
