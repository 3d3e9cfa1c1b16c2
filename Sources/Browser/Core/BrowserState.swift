import CRMCache
import HubSpot
import TerminalUI

/// Everything the browser shows, as one value: `view` draws it, `apply` changes it.
public struct BrowserState: Sendable {
    /// Records per list page (HubSpot's maximum).
    public static let pageSize = 100

    /// The object types in the sidebar; custom objects join when the portal's schemas arrive.
    public private(set) var registry: ObjectTypeRegistry
    /// The portal being browsed.
    public let portal: PortalInfo
    /// The key table.
    public let keyBindings: KeyBindings
    /// The terminal size.
    public internal(set) var size: Size
    /// The focused pane.
    public internal(set) var focus: Pane = .list
    /// Selection in the sidebar of types.
    public internal(set) var sidebar = ListState(selected: 0, offset: 0)
    /// Loaded lists by type id; a list stays when another type is selected.
    public internal(set) var lists: [String: RecordList] = [:]
    /// Property definitions by type id.
    public internal(set) var definitions: [String: [PropertyDefinition]] = [:]
    /// Property groups by type id (their labels head the detail pane's rows).
    public internal(set) var propertyGroups: [String: [PropertyGroup]] = [:]
    /// Whether the detail pane lists empty properties too, so they can be set (`v`).
    public internal(set) var showsEmptyProperties = false
    /// Whether the detail pane shows internal property names instead of labels (`i`).
    public internal(set) var showsInternalNames = false
    /// Types whose definitions are being fetched.
    public internal(set) var definitionsInFlight: Set<String> = []
    /// The record in the detail pane.
    public internal(set) var detail: RecordDetail?
    /// A one-line message for the status line.
    public internal(set) var message: StatusMessage?
    /// The `/` prompt while it is being typed or its filter applies.
    public internal(set) var filter: ListFilter?
    /// The modals over the screens (help, request log, pickers, prompts, questions, the pin menu, an
    /// outbox conflict); the top one gets every key.
    public internal(set) var modals = ModalStack()
    /// The cache search shown in place of the selected type's list, if one is.
    public internal(set) var localSearch: LocalSearch?
    /// What the client last said about the network: rate limits and retries.
    public internal(set) var network = NetworkStatus()
    /// Online or offline, and how many changes wait in the outbox.
    public internal(set) var connection = ConnectionStatus()
    /// Whether writes are refused (`--read-only`): write keys say why, the gateway sends nothing.
    public internal(set) var readOnly = false
    /// The theme in use (the app says so once the backend draws with it).
    public internal(set) var themeName = "default"
    /// The themes that can be switched to (names of NAME.toml files found), for the command palette.
    public internal(set) var themeChoices: [String] = []
    /// The config file's profile names, for the command palette.
    public internal(set) var profileNames: [String] = []
    /// The association graph of the open record, while it is shown.
    public internal(set) var graph: AssociationGraph?
    /// Display names of records the graph, pickers and history have seen.
    public internal(set) var graphNames: [RecordReference: String] = [:]
    /// Records whose names were asked for, so a name is fetched once.
    public internal(set) var namesRequested: Set<RecordReference> = []
    /// The open record's activities: the pin menu when open, and the record view's pinned line.
    public internal(set) var pins: PinMenu?
    /// The portal's owners, once fetched for the owner picker.
    public internal(set) var owners: [Owner]?
    /// Pipelines by type id, once fetched for the pipeline and stage pickers.
    public internal(set) var pipelines: [String: [Pipeline]] = [:]
    /// Places to go back to with [.
    public internal(set) var backHistory: [NavigationEntry] = []
    /// Places to go forward to with ].
    public internal(set) var forwardHistory: [NavigationEntry] = []
    /// The token of the archive or bulk update under way (one at a time).
    public internal(set) var batchToken: Int?
    /// The portal's account details (id and web domain), once read.
    public internal(set) var account: AccountDetails?
    /// The token the next write effect carries, so its outcome finds the screen that asked.
    public internal(set) var nextWriteToken = 1
    /// Bookmarks, chosen columns and sorts of this portal, kept across sessions.
    public internal(set) var preferences = PortalPreferences()
    /// Your owner email in this portal (the profile's `me`), for `owner:me`.
    public internal(set) var me: String?
    /// The config file's `[columns]`, by type name or id: the columns when none were picked in the app.
    public internal(set) var configuredColumns: [String: [String]] = [:]
    /// The type whose list was last entered, so `[` can return to it from another type.
    public internal(set) var visitedTypeID: String?

    /// Creates the opening state: Contacts selected, the list focused; `readOnly` refuses every write and
    /// `connection` says whether the session starts offline and what waits in the outbox.
    public init(
        registry: ObjectTypeRegistry, portal: PortalInfo, size: Size, keyBindings: KeyBindings = .standard,
        readOnly: Bool = false, connection: ConnectionStatus = ConnectionStatus()
    ) {
        self.registry = registry
        self.portal = portal
        self.size = size
        self.keyBindings = keyBindings
        self.readOnly = readOnly
        self.connection = connection
        if let contacts = registry.all.firstIndex(where: { $0.id == "0-1" }) {
            sidebar.selected = contacts
        }
    }

    /// The type selected in the sidebar.
    public var selectedType: ObjectType { registry.all[sidebar.selected] }

    /// Adds the portal's custom object types, keeping the same type selected.
    mutating func registerCustomTypes(_ types: [ObjectType]) {
        let selectedID = selectedType.id
        for type in types { registry.register(type) }
        if let index = registry.all.firstIndex(where: { $0.id == selectedID }) { sidebar.selected = index }
    }

    /// The list of the selected type, if it was ever opened.
    public var activeList: RecordList? { lists[selectedType.id] }

    /// Whether any fetch is under way (the header shows a loading mark).
    public var isBusy: Bool {
        lists.values.contains(where: \.isLoading) || !definitionsInFlight.isEmpty || detail?.phase == .loading
    }

    /// A write effect for `request` under a fresh token; the screen keeps the token to match the outcome.
    mutating func write(_ request: WriteRequest) -> (token: Int, effect: Effect) {
        let token = nextWriteToken
        nextWriteToken += 1
        return (token, .write(token: token, request))
    }

    // MARK: - The modals, by kind (each reads and writes the stack)

    /// The open pick list (property values, owners, stages, association steps), if any.
    public internal(set) var picker: Picker? {
        get { modals.picker }
        set { modals.picker = newValue }
    }

    /// The inline property editor while it is open.
    public internal(set) var prompt: PropertyPrompt? {
        get { modals.prompt }
        set { modals.prompt = newValue }
    }

    /// The open yes/no question, if any.
    public internal(set) var confirmation: Confirmation? {
        get { modals.confirmation }
        set { modals.confirmation = newValue }
    }

    /// An outbox entry the server overtook, waiting for the user's choice (k keeps mine, t takes theirs).
    public internal(set) var outboxConflict: OutboxEntry? {
        get { modals.outboxConflict }
        set { modals.outboxConflict = newValue }
    }

    /// Whether the help overlay is open.
    public var showsHelp: Bool { modals.contains(.help) }
    /// The first key row the help overlay shows (it scrolls when the table is taller than the screen).
    public var helpOffset: Int { modals.helpOffset ?? 0 }
    /// Whether the request log (`L`) is open.
    public var showsRequestLog: Bool { modals.contains(.requestLog) }
    /// The first call the request log shows, counting from the newest.
    public var requestLogOffset: Int { modals.requestLogOffset ?? 0 }
    /// Whether the pin-activity menu is open.
    public var showsPinMenu: Bool { modals.contains(.pinMenu) }

    /// The screen's layout for the current size and focus.
    public var layout: BrowserLayout { BrowserLayout(size: size, focus: focus, showsGraph: graph != nil) }
}

/// A one-line message in the status line.
public struct StatusMessage: Sendable, Equatable {
    /// How it is shown.
    public enum Kind: Sendable, Equatable { case info, error }

    /// The text.
    public var text: String
    /// Info or error.
    public var kind: Kind

    /// Creates a message.
    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
