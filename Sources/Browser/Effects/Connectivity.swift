import Foundation
import Synchronization

/// Whether the browser may use the network, shared by the effect runner and the write gateway.
///
/// `--offline` forces it off for the whole session; a failed connection turns it off until a
/// background probe reaches the server again.
public final class Connectivity: Sendable {
    private let state: Mutex<(offline: Bool, forced: Bool)>

    /// Creates the connectivity of a session; `forcedOffline` never touches the network.
    public init(forcedOffline: Bool = false) {
        state = Mutex((offline: forcedOffline, forced: forcedOffline))
    }

    /// Whether requests must not be sent now.
    public var isOffline: Bool { state.withLock { $0.offline } }

    /// Whether the session was started with `--offline`.
    public var isForced: Bool { state.withLock { $0.forced } }

    /// Marks the network lost; returns true when this changed anything (the first failure).
    @discardableResult
    public func lost() -> Bool {
        state.withLock { value in
            defer { value.offline = true }
            return !value.offline
        }
    }

    /// Marks the network back, unless the session is forced offline; returns true when this changed anything.
    @discardableResult
    public func restored() -> Bool {
        state.withLock { value in
            guard value.offline, !value.forced else { return false }
            value.offline = false
            return true
        }
    }
}
