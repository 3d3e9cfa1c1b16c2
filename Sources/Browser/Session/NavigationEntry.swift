/// Where the browser was, so [ and ] can go back and forward: the type, the open record, its graph, the focus.
public struct NavigationEntry: Sendable {
    /// The sidebar's selected type.
    public var sidebarSelected: Int
    /// The open record.
    public var detail: RecordDetail?
    /// The graph shown, with its expansions and selection.
    public var graph: AssociationGraph?
    /// The focused pane.
    public var focus: Pane
}
