import CRMCache

/// The modals open over the screens, bottom to top. Only the top one is live: it gets the keys and
/// the mouse, is drawn last, and its bindings are the footer's hints. Closing it uncovers the one below.
public struct ModalStack: Sendable {
    /// The open modals, the top one last.
    public private(set) var modals: [Modal] = []

    /// Creates an empty stack.
    public init() {}

    /// The modal that gets keys now.
    public var top: Modal? { modals.last }

    /// Whether no modal is open.
    public var isEmpty: Bool { modals.isEmpty }

    /// Opens `modal` on top.
    mutating func push(_ modal: Modal) {
        modals.append(modal)
    }

    /// Closes the top modal.
    @discardableResult
    mutating func pop() -> Modal? {
        modals.popLast()
    }

    /// Whether a modal of `kind` is open (on top or under another).
    public func contains(_ kind: Modal.Kind) -> Bool {
        modals.contains { $0.kind == kind }
    }

    /// Replaces the topmost modal of `kind` where it stands, opens `modal` on top when none is open,
    /// or with `nil` closes it.
    mutating func set(_ kind: Modal.Kind, to modal: Modal?) {
        let index = modals.lastIndex { $0.kind == kind }
        switch (index, modal) {
        case (let index?, let modal?): modals[index] = modal
        case (let index?, nil): modals.remove(at: index)
        case (nil, let modal?): modals.append(modal)
        case (nil, nil): break
        }
    }

    private func topmost<Value>(_ extract: (Modal) -> Value?) -> Value? {
        modals.reversed().lazy.compactMap(extract).first
    }

    // MARK: - Typed access (the payload of the topmost modal of a kind, read and written in place)

    /// The open pick list.
    public var picker: Picker? {
        get { topmost { if case .picker(let picker) = $0 { picker } else { nil } } }
        set { set(.picker, to: newValue.map(Modal.picker)) }
    }

    /// The open inline property editor.
    public var prompt: PropertyPrompt? {
        get { topmost { if case .prompt(let prompt) = $0 { prompt } else { nil } } }
        set { set(.prompt, to: newValue.map(Modal.prompt)) }
    }

    /// The open yes/no question.
    public var confirmation: Confirmation? {
        get { topmost { if case .confirmation(let question) = $0 { question } else { nil } } }
        set { set(.confirmation, to: newValue.map(Modal.confirmation)) }
    }

    /// The outbox conflict waiting for a choice.
    public var outboxConflict: OutboxEntry? {
        get { topmost { if case .outboxConflict(let entry) = $0 { entry } else { nil } } }
        set { set(.outboxConflict, to: newValue.map(Modal.outboxConflict)) }
    }

    /// The help overlay's scroll position, while it is open.
    public var helpOffset: Int? {
        get { topmost { if case .help(let offset) = $0 { offset } else { nil } } }
        set { set(.help, to: newValue.map(Modal.help)) }
    }

    /// The request log's scroll position (0 is the newest call), while it is open.
    public var requestLogOffset: Int? {
        get { topmost { if case .requestLog(let offset) = $0 { offset } else { nil } } }
        set { set(.requestLog, to: newValue.map(Modal.requestLog)) }
    }

    /// The full-value view of one property, while it is open.
    public var fullValue: FullValue? {
        get { topmost { if case .fullValue(let view) = $0 { view } else { nil } } }
        set { set(.fullValue, to: newValue.map(Modal.fullValue)) }
    }
}
