import Synchronization

/// The API generation a client and its copies speak, shared like the pacer: when a portal turns out not to
/// answer a dated path (an old proxy, a region lagging), one fallback to legacy serves every copy.
final class GenerationSwitch: Sendable {
    private let version: Mutex<APIVersion>

    /// Starts speaking `version`.
    init(_ version: APIVersion) {
        self.version = Mutex(version)
    }

    /// The generation spoken now.
    var current: APIVersion { version.withLock { $0 } }

    /// Speaks legacy from now on; true only for the call that made the change, so it is said once.
    func fallBackToLegacy() -> Bool {
        version.withLock { version in
            guard version != .legacy else { return false }
            version = .legacy
            return true
        }
    }
}
