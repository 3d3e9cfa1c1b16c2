/// What a key asks the browser to do; key bindings map keys to these.
public enum Command: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case nextPane, previousPane
    case open, back
    case refresh
    case help
    case filter
    case edit, save, takeTheirs
    case quit, forceQuit
}
