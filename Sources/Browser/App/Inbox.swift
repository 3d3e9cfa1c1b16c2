import Synchronization
import TerminalUI

/// The queue through which finished effects and signals hand actions to the UI thread.
public final class Inbox: Sendable {
    private let queue = Mutex<[Action]>([])
    private let waker = Mutex<TerminalWaker?>(nil)

    /// Creates an empty inbox.
    public init() {}

    /// Adds an action and wakes the UI thread if it waits for a key; callable from any thread.
    public func post(_ action: Action) {
        queue.withLock { $0.append(action) }
        waker.withLock { $0 }?.wake()
    }

    /// Wakes `waker` (the one UI thread's) at every post from now on, so a result is handled as it arrives.
    public func wake(_ waker: TerminalWaker) {
        self.waker.withLock { $0 = waker }
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
