import HubSpot
import Synchronization

/// The paths a client sent, collected from its observer (which may be called from any task).
final class SentPaths: Sendable {
    private let store = Mutex<[String]>([])

    /// Notes the path of a request going out.
    func record(_ event: ClientEvent) {
        guard case .sent(_, let path) = event else { return }
        store.withLock { $0.append(path) }
    }

    /// Every path sent so far, in order.
    var paths: [String] { store.withLock { $0 } }
}
