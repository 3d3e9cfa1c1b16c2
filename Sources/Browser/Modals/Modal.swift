import CRMCache

/// Something drawn over the screens that takes every key until it closes: one case per kind of modal,
/// carrying its own state. ``ModalStack`` keeps them in order; only the top one is live.
public enum Modal: Sendable, Equatable {
    /// The key reference (`?`), scrolled to `offset`.
    case help(offset: Int)
    /// The request log (`L`), scrolled to `offset` (0 is the newest call).
    case requestLog(offset: Int)
    /// An offline change the server overtook, waiting for keep-mine or take-theirs.
    case outboxConflict(OutboxEntry)
    /// A yes/no question before something that cannot be taken back.
    case confirmation(Confirmation)
    /// A pick list: property values, the palette, columns, sorts, association steps.
    case picker(Picker)
    /// The inline editor of one property, typed in the status line.
    case prompt(PropertyPrompt)
    /// The pin-activity menu; its activities stay with the record (``BrowserState/pins``), which also
    /// shows the pinned one in the record view.
    case pinMenu
    /// One property's value whole (`z`): wrapped, scrollable.
    case fullValue(FullValue)

    /// The kinds of modal, without their state.
    public enum Kind: Sendable, Equatable, CaseIterable {
        case help, requestLog, outboxConflict, confirmation, picker, prompt, pinMenu, fullValue
    }

    /// This modal's kind.
    public var kind: Kind {
        switch self {
        case .help: .help
        case .requestLog: .requestLog
        case .outboxConflict: .outboxConflict
        case .confirmation: .confirmation
        case .picker: .picker
        case .prompt: .prompt
        case .pinMenu: .pinMenu
        case .fullValue: .fullValue
        }
    }

    /// Whether the mouse wheel scrolls the modal (as the arrow keys do); clicks never reach the screens
    /// under a modal.
    var scrollsWithWheel: Bool {
        switch self {
        case .help, .requestLog, .picker, .pinMenu, .fullValue: true
        case .outboxConflict, .confirmation, .prompt: false
        }
    }
}
