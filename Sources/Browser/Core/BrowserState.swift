import CRMCache
import HubSpot
import TerminalUI

/// Everything the browser shows, as one value: `view` draws it, `apply` changes it.
public struct BrowserState: Sendable {
    /// Records per list page (HubSpot's maximum).
    public static let pageSize = 100

    /// The portal, its types and keys, the network, the outbox and per-portal settings.
    public internal(set) var session: Session
    /// Definitions, groups, owners, pipelines and record names, fetched once and shared by the screens.
    public internal(set) var catalog = Catalog()
    /// The focused pane, the sidebar's selection, and back/forward history.
    public internal(set) var navigation = Navigation()
    /// The list screen: loaded lists, the filter, a search in place of a list, a bulk change.
    public internal(set) var listScreen = ListScreen()
    /// The record screen: the open record or create form, and its activities.
    public internal(set) var detailScreen = DetailScreen()
    /// The association graph screen.
    public internal(set) var graphScreen = GraphScreen()
    /// The modals over the screens (help, request log, pickers, prompts, questions, the pin menu, an
    /// outbox conflict); the top one gets every key.
    public internal(set) var modals = ModalStack()
    /// A one-line message for the status line.
    public internal(set) var message: StatusMessage?
    /// The terminal size.
    public internal(set) var size: Size
    /// The writes under way, by token, each with the origin its outcome goes back to.
    public internal(set) var writes = PendingWrites()

    /// Creates the opening state: Contacts selected, the list focused; `readOnly` refuses every write and
    /// `connection` says whether the session starts offline and what waits in the outbox.
    public init(
        registry: ObjectTypeRegistry, portal: PortalInfo, size: Size, keyBindings: KeyBindings = .standard,
        readOnly: Bool = false, connection: ConnectionStatus = ConnectionStatus(), apiVersion: APIVersion = .standard
    ) {
        session = Session(registry: registry, portal: portal, keyBindings: keyBindings)
        session.readOnly = readOnly
        session.connection = connection
        session.apiVersion = apiVersion
        self.size = size
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

    /// Whether any fetch is under way (Esc then cancels reads; the header's mark is ``showsLoading``).
    public var isBusy: Bool {
        lists.values.contains(where: \.isLoading) || otherReadsUnderWay
    }

    /// Whether the header shows its loading mark: a fetch is under way that the view waits on (a page
    /// fetched ahead of the selected list's view is not one).
    public var showsLoading: Bool {
        let height = layout.listRowsHeight
        return lists.values.contains { list in
            list.isLoading && (list.typeID != selectedType.id || list.fetchIsInView(height: height))
        } || otherReadsUnderWay
    }

    /// Reads under way besides the lists' pages: a type's definitions, the open record.
    private var otherReadsUnderWay: Bool {
        !definitionsInFlight.isEmpty || detail?.phase == .loading
    }

    /// The write effect for `request`, its outcome to go back to `origin`.
    mutating func write(_ request: WriteRequest, from origin: WriteOrigin) -> Effect {
        writes.start(request, from: origin)
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
