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
    public var size: Size
    /// The focused pane.
    public var focus: Pane = .list
    /// Selection in the sidebar of types.
    public var sidebar = ListState(selected: 0, offset: 0)
    /// Loaded lists by type id; a list stays when another type is selected.
    public var lists: [String: RecordList] = [:]
    /// Property definitions by type id.
    public var definitions: [String: [PropertyDefinition]] = [:]
    /// Property groups by type id (their labels head the detail pane's rows).
    public var propertyGroups: [String: [PropertyGroup]] = [:]
    /// Whether the detail pane lists empty properties too, so they can be set (`v`).
    public var showsEmptyProperties = false
    /// Whether the detail pane shows internal property names instead of labels (`i`).
    public var showsInternalNames = false
    /// Types whose definitions are being fetched.
    public var definitionsInFlight: Set<String> = []
    /// The record in the detail pane.
    public var detail: RecordDetail?
    /// A one-line message for the status line.
    public var message: StatusMessage?
    /// Set when the app should exit.
    public var quitRequested = false
    /// The signal that ended the session, if one did (the exit status reflects it).
    public var quitSignal: String?
    /// The `/` prompt while it is being typed or its filter applies.
    public var filter: ListFilter?
    /// The inline property editor while it is open.
    public var prompt: PropertyPrompt?
    /// Set while Esc asks whether to drop the staged edits.
    public var confirmingDrop = false
    /// An outbox entry the server overtook, waiting for the user's choice (k keeps mine, t takes theirs).
    public var outboxConflict: OutboxEntry?
    /// The cache search shown in place of the selected type's list, if one is.
    public var localSearch: LocalSearch?
    /// Whether the help overlay is open.
    public var showsHelp = false
    /// Whether the request log (`L`) is open, and its scroll position (0 is the newest call).
    public var showsRequestLog = false
    /// The first call the request log shows, counting from the newest.
    public var requestLogOffset = 0
    /// The first key row the help overlay shows (it scrolls when the table is taller than the screen).
    public var helpOffset = 0
    /// What the client last said about the network: rate limits and retries.
    public var network = NetworkStatus()
    /// Online or offline, and how many changes wait in the outbox.
    public var connection = ConnectionStatus()
    /// Whether writes are refused (`--read-only`): write keys say why, the gateway sends nothing.
    public var readOnly = false
    /// Text the app should put on the clipboard (OSC 52) after this update; the app clears it.
    public var clipboardRequest: String?
    /// The theme in use; the app hands a changed name to the backend.
    public var themeName = "default"
    /// The themes that can be switched to (names of NAME.toml files found), for the command palette.
    public var themeChoices: [String] = []
    /// The config file's profile names, for the command palette.
    public var profileNames: [String] = []
    /// The open pick list (property values, owners, stages, association steps), if any.
    public var picker: Picker?
    /// The open yes/no question, if any.
    public var confirmation: Confirmation?
    /// The association graph of the open record, while it is shown.
    public var graph: AssociationGraph?
    /// Display names of records the graph, pickers and history have seen.
    public var graphNames: [RecordReference: String] = [:]
    /// Records whose names were asked for, so a name is fetched once.
    public var namesRequested: Set<RecordReference> = []
    /// The open record's activities: the pin menu when open, and the record view's pinned line.
    public var pins: PinMenu?
    /// The portal's owners, once fetched for the owner picker.
    public var owners: [Owner]?
    /// Pipelines by type id, once fetched for the pipeline and stage pickers.
    public var pipelines: [String: [Pipeline]] = [:]
    /// Places to go back to with [.
    public var backHistory: [NavigationEntry] = []
    /// Places to go forward to with ].
    public var forwardHistory: [NavigationEntry] = []
    /// The token of the archive or bulk update under way (one at a time).
    public var batchToken: Int?
    /// The portal's account details (id and web domain), once read.
    public var account: AccountDetails?
    /// A record URL the app should open in a browser after this update; the app clears it.
    public var openRequest: String?
    /// The token the next write effect carries, so its outcome finds the screen that asked.
    public var nextWriteToken = 1
    /// Bookmarks, chosen columns and sorts of this portal, kept across sessions.
    public var preferences = PortalPreferences()
    /// Your owner email in this portal (the profile's `me`), for `owner:me`.
    public var me: String?
    /// The config file's `[columns]`, by type name or id: the columns when none were picked in the app.
    public var configuredColumns: [String: [String]] = [:]
    /// The type whose list was last entered, so `[` can return to it from another type.
    public var visitedTypeID: String?

    /// Creates the opening state: Contacts selected, the list focused.
    public init(registry: ObjectTypeRegistry, portal: PortalInfo, size: Size, keyBindings: KeyBindings = .standard) {
        self.registry = registry
        self.portal = portal
        self.size = size
        self.keyBindings = keyBindings
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
