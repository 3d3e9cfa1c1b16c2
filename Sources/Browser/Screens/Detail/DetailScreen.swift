/// The record screen's state: the record shown (or the create form), how its properties are listed, and
/// its activities (the pin menu's rows and the pinned line).
public struct DetailScreen: Sendable {
    /// The record in the detail pane.
    public internal(set) var detail: RecordDetail?
    /// Whether the detail pane lists empty properties too, so they can be set (`v`).
    public internal(set) var showsEmptyProperties: Bool = false
    /// Whether the detail pane shows internal property names instead of labels (`i`).
    public internal(set) var showsInternalNames: Bool = false
    /// The open record's activities: the pin menu when open, and the record view's pinned line.
    public internal(set) var pins: PinMenu?

    /// Creates an empty detailScreen.
    public init() {}
}
