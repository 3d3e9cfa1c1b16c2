/// What a key asks the browser to do; key bindings map keys to these.
public enum Command: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case nextPane, previousPane
    case open, back
    case refresh
    case help
    case filter
    case edit, editExternal, save, takeTheirs
    case graph, expand, collapse, addAssociation, removeAssociation
    case pinMenu, unpin
    case create, archive, mark, internalNames, emptyProperties
    case palette, requestLog, copyURL, openURL
    case fullValue
    case historyBack, historyForward
    case copy
    case columns, columnsRight, columnsLeft, sort, bookmark
    case quit, forceQuit
}

extension Command {
    /// Whether the command changes or loses data; such commands are never on a Ctrl key by default,
    /// where a slip of the finger (or a terminal's own Ctrl shortcut) would trigger them.
    public var isDestructive: Bool {
        switch self {
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last, .nextPane, .previousPane, .open, .back,
            .refresh, .help, .filter, .copy, .quit, .forceQuit, .edit, .editExternal, .graph, .expand, .collapse,
            .addAssociation, .pinMenu, .create, .historyBack, .historyForward, .mark, .internalNames, .emptyProperties,
            .palette, .requestLog, .copyURL, .openURL, .fullValue,
            .columns, .columnsRight, .columnsLeft, .sort, .bookmark:
            false
        case .removeAssociation, .archive, .unpin:
            // Each asks first or is undone with one key; none is on a Ctrl key.
            true
        case .save:
            // Sends staged edits, never over a newer server version (that is a conflict): the issue puts it on Ctrl-s.
            false
        case .takeTheirs:
            // Drops the staged edits it clashes with.
            true
        }
    }
}
