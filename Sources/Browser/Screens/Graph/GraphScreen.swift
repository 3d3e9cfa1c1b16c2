/// The association graph screen's state: the graph of the open record, while it is shown.
public struct GraphScreen: Sendable {
    /// The association graph of the open record, while it is shown.
    public internal(set) var graph: AssociationGraph?

    /// Creates an empty graphScreen.
    public init() {}
}
