import TerminalUI

/// Where the user is: the focused pane, the sidebar's selection, and the places `[` and `]` go back and forward to.
public struct Navigation: Sendable {
    /// The focused pane.
    public internal(set) var focus: Pane = .list
    /// Selection in the sidebar of types.
    public internal(set) var sidebar: ListState = ListState(selected: 0, offset: 0)
    /// Places to go back to with [.
    public internal(set) var backHistory: [NavigationEntry] = []
    /// Places to go forward to with ].
    public internal(set) var forwardHistory: [NavigationEntry] = []
    /// The type whose list was last entered, so `[` can return to it from another type.
    public internal(set) var visitedTypeID: String?

    /// Creates an empty navigation.
    public init() {}
}
