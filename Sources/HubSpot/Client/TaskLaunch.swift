import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One URLSession task from the moment it is asked for to its answer, with a cancellation that may come
/// before the task exists: the launch queue can be held up while curl works, and Esc must not wait for it.
final class TaskLaunch: Sendable {
    private enum Phase {
        case waiting(CheckedContinuation<(Data, URLResponse), any Error>)
        case started(URLSessionDataTask)
        case cancelled
    }

    private let phase: Mutex<Phase>

    /// A launch that answers `continuation` once: with the task's answer, or with `URLError(.cancelled)`.
    init(_ continuation: CheckedContinuation<(Data, URLResponse), any Error>) {
        phase = Mutex(.waiting(continuation))
    }

    /// Creates and resumes the task, unless the caller was cancelled first (then nothing is sent).
    func start(_ session: URLSession, _ request: URLRequest) {
        guard case .waiting(let continuation) = phase.withLock({ $0 }) else { return }
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                continuation.resume(throwing: error)
            } else if let response {
                continuation.resume(returning: (data ?? Data(), response))
            } else {
                continuation.resume(throwing: URLError(.badServerResponse))
            }
        }
        // Cancelled while the task was being created: it was never resumed, so its handler never runs.
        let cancelledMeanwhile = phase.withLock { phase in
            guard case .waiting = phase else { return true }
            phase = .started(task)
            return false
        }
        if !cancelledMeanwhile { task.resume() }
    }

    /// Cancels the task if it started (its handler then answers); otherwise answers "cancelled" at once.
    func cancel() {
        let before = phase.withLock { phase in
            defer { phase = .cancelled }
            return phase
        }
        switch before {
        case .waiting(let continuation): continuation.resume(throwing: URLError(.cancelled))
        case .started(let task):
            // Keep it started, so that a second cancel does not answer the continuation again.
            phase.withLock { $0 = .started(task) }
            task.cancel()
        case .cancelled: break
        }
    }
}
