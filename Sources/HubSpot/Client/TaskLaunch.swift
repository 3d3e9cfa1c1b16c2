import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One URLSession task between its launch on the transport's queue and a cancellation that may come first.
final class TaskLaunch: Sendable {
    private let state = Mutex<(task: URLSessionDataTask?, cancelled: Bool)>((nil, false))

    /// Resumes `task`, and cancels it at once when the caller was cancelled before it started (resumed first, so
    /// that its completion handler, and with it the caller's continuation, runs exactly once either way).
    func start(_ task: URLSessionDataTask) {
        let cancelled = state.withLock { state in
            state.task = task
            return state.cancelled
        }
        task.resume()
        if cancelled { task.cancel() }
    }

    /// Cancels the task if it started; otherwise marks it so that `start` cancels it.
    func cancel() {
        let task = state.withLock { state in
            state.cancelled = true
            return state.task
        }
        task?.cancel()
    }
}
