import CRMCache

/// Who asked for a write, so its outcome goes back there (instead of being found by probing each
/// screen's token).
public enum WriteOrigin: Sendable, Hashable {
    /// Ctrl-s on the open record: its staged edits.
    case detailSave(RecordReference)
    /// Ctrl-s on the create form of a type.
    case create(typeID: String)
    /// An association added or removed in the graph centred on `root`.
    case graph(root: RecordReference)
    /// A pin or unpin on a record.
    case pin(RecordReference)
    /// An archive or a bulk update of records (one at a time).
    case batch
    /// Handed in from outside the screens (``BrowserApp/submit(_:)``): no screen waits for it.
    case external
}
