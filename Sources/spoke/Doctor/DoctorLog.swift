import HubSpot
import Synchronization

/// What the doctor's client reported while the checks ran: the last rate-limit headers seen, and whether it
/// fell back from a dated API generation to legacy.
final class DoctorLog: Sendable {
    private struct Seen {
        var rateLimit: RateLimitSnapshot?
        var fallback: APIVersion?
    }

    private let seen = Mutex(Seen())

    /// The client's observer.
    func record(_ event: ClientEvent) {
        switch event {
        case .response(_, _, _, _, let rateLimit?):
            seen.withLock { $0.rateLimit = rateLimit }
        case .generationFallback(let version, _):
            seen.withLock { $0.fallback = version }
        default:
            break
        }
    }

    /// The rate-limit headers of the last answer that carried them.
    var rateLimit: RateLimitSnapshot? { seen.withLock { $0.rateLimit } }

    /// The dated generation the portal did not answer, if the client fell back to legacy.
    var fellBackFrom: APIVersion? { seen.withLock { $0.fallback } }
}
