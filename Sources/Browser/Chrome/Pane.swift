/// The panes focus moves between with Tab and Shift-Tab.
public enum Pane: Int, Sendable, CaseIterable {
    case sidebar, list, detail, graph

    /// The pane after this one, wrapping.
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    /// The pane before this one, wrapping.
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
