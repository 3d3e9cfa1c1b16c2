/// Work only the app can do, on the loop thread that owns the terminal: returned from `apply` like any
/// effect (as ``Effect/app(_:)``), never polled from state. What came of it returns as an action.
public enum AppEffect: Sendable, Hashable {
    /// Put `text` on the clipboard through OSC 52 (works over SSH and in tmux).
    case copy(String)
    /// Open `url` with a browser when there is one; otherwise copy it (answers ``Action/urlOpened(_:inBrowser:)``).
    case openURL(String)
    /// Load theme `name` and hand it to the backend (answers ``Action/themeApplied(_:)`` or ``Action/themeFailed(_:)``).
    case applyTheme(String)
    /// Write this portal's bookmarks, columns and sorts (a failure answers ``Action/preferencesNotSaved(_:)``).
    case savePreferences(PortalPreferences)
    /// Hand the terminal to `$VISUAL`/`$EDITOR` on `text` for property `name`, and take it back when the
    /// editor ends (answers ``Action/externalEditFinished(name:_:)``).
    case suspendForEditor(name: String, text: String)
    /// End the session; `signal` names the signal that asked for it, so the exit status can say so.
    case quit(signal: String?)
}
