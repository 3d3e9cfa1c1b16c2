import CRMCache
import HubSpot
import TerminalUI

// MARK: - The parts of the state by their old names, while features move into the screens that own them
extension BrowserState {
    /// The object types in the sidebar; custom objects join when the portal's schemas arrive.
    public internal(set) var registry: ObjectTypeRegistry {
        get { session.registry }
        set { session.registry = newValue }
    }
    /// The portal being browsed.
    public var portal: PortalInfo { session.portal }
    /// The key table.
    public var keyBindings: KeyBindings { session.keyBindings }
    /// The focused pane.
    public internal(set) var focus: Pane {
        get { navigation.focus }
        set { navigation.focus = newValue }
    }
    /// Selection in the sidebar of types.
    public internal(set) var sidebar: ListState {
        get { navigation.sidebar }
        set { navigation.sidebar = newValue }
    }
    /// Loaded lists by type id; a list stays when another type is selected.
    public var lists: [String: RecordList] { listScreen.lists }
    /// Property definitions by type id.
    public internal(set) var definitions: [String: [PropertyDefinition]] {
        get { catalog.definitions }
        set { catalog.definitions = newValue }
    }
    /// Property groups by type id (their labels head the detail pane's rows).
    public internal(set) var propertyGroups: [String: [PropertyGroup]] {
        get { catalog.propertyGroups }
        set { catalog.propertyGroups = newValue }
    }
    /// Whether the detail pane lists empty properties too, so they can be set (`v`).
    public var showsEmptyProperties: Bool { detailScreen.showsEmptyProperties }
    /// Whether the detail pane shows internal property names instead of labels (`i`).
    public var showsInternalNames: Bool { detailScreen.showsInternalNames }
    /// Types whose definitions are being fetched.
    public internal(set) var definitionsInFlight: Set<String> {
        get { catalog.definitionsInFlight }
        set { catalog.definitionsInFlight = newValue }
    }
    /// The record in the detail pane.
    public var detail: RecordDetail? { detailScreen.detail }
    /// The `/` prompt while it is being typed or its filter applies.
    public var filter: ListFilter? { listScreen.filter }
    /// The cache search shown in place of the selected type's list, if one is.
    public var localSearch: LocalSearch? { listScreen.localSearch }
    /// What the client last said about the network: rate limits and retries.
    public internal(set) var network: NetworkStatus {
        get { session.network }
        set { session.network = newValue }
    }
    /// Online or offline, and how many changes wait in the outbox.
    public internal(set) var connection: ConnectionStatus {
        get { session.connection }
        set { session.connection = newValue }
    }
    /// Whether writes are refused (`--read-only`): write keys say why, the gateway sends nothing.
    public internal(set) var readOnly: Bool {
        get { session.readOnly }
        set { session.readOnly = newValue }
    }
    /// The theme in use (the app says so once the backend draws with it).
    public internal(set) var themeName: String {
        get { session.themeName }
        set { session.themeName = newValue }
    }
    /// The themes that can be switched to (names of NAME.toml files found), for the command palette.
    public internal(set) var themeChoices: [String] {
        get { session.themeChoices }
        set { session.themeChoices = newValue }
    }
    /// The config file's profile names, for the command palette.
    public internal(set) var profileNames: [String] {
        get { session.profileNames }
        set { session.profileNames = newValue }
    }
    /// The association graph of the open record, while it is shown.
    public var graph: AssociationGraph? { graphScreen.graph }
    /// Display names of records the graph, pickers and history have seen.
    public internal(set) var graphNames: [RecordReference: String] {
        get { catalog.graphNames }
        set { catalog.graphNames = newValue }
    }
    /// Records whose names were asked for, so a name is fetched once.
    public internal(set) var namesRequested: Set<RecordReference> {
        get { catalog.namesRequested }
        set { catalog.namesRequested = newValue }
    }
    /// The open record's activities: the pin menu when open, and the record view's pinned line.
    public var pins: PinMenu? { detailScreen.pins }
    /// The portal's owners, once fetched for the owner picker.
    public internal(set) var owners: [Owner]? {
        get { catalog.owners }
        set { catalog.owners = newValue }
    }
    /// Pipelines by type id, once fetched for the pipeline and stage pickers.
    public internal(set) var pipelines: [String: [Pipeline]] {
        get { catalog.pipelines }
        set { catalog.pipelines = newValue }
    }
    /// Places to go back to with [.
    public internal(set) var backHistory: [NavigationEntry] {
        get { navigation.backHistory }
        set { navigation.backHistory = newValue }
    }
    /// Places to go forward to with ].
    public internal(set) var forwardHistory: [NavigationEntry] {
        get { navigation.forwardHistory }
        set { navigation.forwardHistory = newValue }
    }
    /// The portal's account details (id and web domain), once read.
    public internal(set) var account: AccountDetails? {
        get { session.account }
        set { session.account = newValue }
    }
    /// Bookmarks, chosen columns and sorts of this portal, kept across sessions.
    public internal(set) var preferences: PortalPreferences {
        get { session.preferences }
        set { session.preferences = newValue }
    }
    /// Your owner email in this portal (the profile's `me`), for `owner:me`.
    public internal(set) var me: String? {
        get { session.me }
        set { session.me = newValue }
    }
    /// The config file's `[columns]`, by type name or id: the columns when none were picked in the app.
    public internal(set) var configuredColumns: [String: [String]] {
        get { session.configuredColumns }
        set { session.configuredColumns = newValue }
    }
    /// The type whose list was last entered, so `[` can return to it from another type.
    public internal(set) var visitedTypeID: String? {
        get { navigation.visitedTypeID }
        set { navigation.visitedTypeID = newValue }
    }
}
