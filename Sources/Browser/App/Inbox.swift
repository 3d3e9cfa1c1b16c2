import Synchronization

/// The queue through which finished effects and signals hand actions to the UI thread.
public final class Inbox: Sendable {
    private let queue = Mutex<[Action]>([])

    /// Creates an empty inbox.
    public init() {}

    /// Adds an action; callable from any thread.
    public func post(_ action: Action) {
        queue.withLock { $0.append(action) }
    }

    /// Removes and returns every waiting action, oldest first.
    public func drain() -> [Action] {
        queue.withLock { actions in
            defer { actions.removeAll(keepingCapacity: true) }
            return actions
        }
    }

    /// Whether nothing is waiting.
    public var isEmpty: Bool { queue.withLock { $0.isEmpty } }
}
