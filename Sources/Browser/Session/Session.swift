import CRMCache
import HubSpot

/// What the session is about and how it is going: the portal, its object types and key table, the network and
/// the outbox, the account, and the settings kept per portal. Screens read it; the router writes it.
public struct Session: Sendable {
    /// The object types in the sidebar; custom objects join when the portal's schemas arrive.
    public internal(set) var registry: ObjectTypeRegistry
    /// The portal being browsed.
    public let portal: PortalInfo
    /// The key table.
    public let keyBindings: KeyBindings
    /// The HubSpot API generation the client speaks (the request log names it).
    public internal(set) var apiVersion: APIVersion = .standard
    /// Whether writes are refused (`--read-only`): write keys say why, the gateway sends nothing.
    public internal(set) var readOnly: Bool = false
    /// What the client last said about the network: rate limits and retries.
    public internal(set) var network: NetworkStatus = NetworkStatus()
    /// Online or offline, and how many changes wait in the outbox.
    public internal(set) var connection: ConnectionStatus = ConnectionStatus()
    /// The portal's account details (id and web domain), once read.
    public internal(set) var account: AccountDetails?
    /// Your owner email in this portal (the profile's `me`), for `owner:me`.
    public internal(set) var me: String?
    /// Bookmarks, chosen columns and sorts of this portal, kept across sessions.
    public internal(set) var preferences: PortalPreferences = PortalPreferences()
    /// The config file's `[columns]`, by type name or id: the columns when none were picked in the app.
    public internal(set) var configuredColumns: [String: [String]] = [:]
    /// The theme in use (the app says so once the backend draws with it).
    public internal(set) var themeName: String = "default"
    /// The themes that can be switched to (names of NAME.toml files found), for the command palette.
    public internal(set) var themeChoices: [String] = []
    /// The config file's profile names, for the command palette.
    public internal(set) var profileNames: [String] = []
    /// The types known to hold no records (the sidebar dims them and counts them).
    public internal(set) var emptyTypes: Set<String> = []
    /// Whether types not read within a day are read in the background to learn which are empty (the app
    /// allows it with a cache to remember the answers in; decision 0043).
    public internal(set) var probesEmptyTypes = false

    /// Creates the session of a session.
    public init(registry: ObjectTypeRegistry, portal: PortalInfo, keyBindings: KeyBindings) {
        self.registry = registry
        self.portal = portal
        self.keyBindings = keyBindings
    }
}
