/// What a screen may read of the rest of the browser while it handles a key or a result. Screens never
/// write these parts: they ask, through ``ScreenUpdate``.
struct ScreenContext: Sendable {
    /// The portal, its types and keys, the network and the per-portal settings.
    let session: Session
    /// Definitions, owners, pipelines and the names of records seen so far.
    let catalog: Catalog
    /// Where each pane is drawn at the current size.
    let layout: BrowserLayout
    /// The writes under way.
    let writes: PendingWrites
}

extension BrowserState {
    /// What screens may read now.
    var context: ScreenContext {
        ScreenContext(session: session, catalog: catalog, layout: layout, writes: writes)
    }
}
