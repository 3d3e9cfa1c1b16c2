import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One URLSession task from the moment it is asked for to its answer. The caller's continuation is answered
/// exactly once: by the task, or at once by a cancellation. FoundationNetworking creates, resumes and cancels
/// tasks with `DispatchQueue.sync` on the queue curl works on, so none of that happens on the caller's thread,
/// and a cancelled caller does not wait for it (Esc on a slow request waited 2.3 s in a loaded test run).
final class TaskLaunch: Sendable {
    private struct State {
        var continuation: CheckedContinuation<(Data, URLResponse), any Error>?
        var task: URLSessionDataTask?
        var cancelled = false
    }

    private let state: Mutex<State>
    private let queue: DispatchQueue

    /// A launch that answers `continuation` once and does its URLSession work on `queue`.
    init(_ continuation: CheckedContinuation<(Data, URLResponse), any Error>, queue: DispatchQueue) {
        state = Mutex(State(continuation: continuation))
        self.queue = queue
    }

    /// Creates and resumes the task on the queue, unless the caller was cancelled first (then nothing is sent).
    func start(_ session: URLSession, _ request: URLRequest) {
        queue.async { [self] in
            guard !state.withLock({ $0.cancelled }) else { return }
            let task = session.dataTask(with: request) { data, response, error in
                if let error {
                    self.answer(.failure(error))
                } else if let response {
                    self.answer(.success((data ?? Data(), response)))
                } else {
                    self.answer(.failure(URLError(.badServerResponse)))
                }
            }
            let cancelledMeanwhile = state.withLock { state in
                if !state.cancelled { state.task = task }
                return state.cancelled
            }
            task.resume()
            if cancelledMeanwhile { task.cancel() }
        }
    }

    /// Answers the caller "cancelled" now, and cancels the task (if it started) on the queue.
    func cancel() {
        let task = state.withLock { state in
            state.cancelled = true
            return state.task
        }
        answer(.failure(URLError(.cancelled)))
        if let task { queue.async { task.cancel() } }
    }

    /// Resumes the continuation the first time; later answers (the cancelled task's own) are dropped. The task
    /// is let go too, so the task and its handler (which holds this launch) do not keep each other.
    private func answer(_ result: Result<(Data, URLResponse), any Error>) {
        let continuation = state.withLock { state in
            defer {
                state.continuation = nil
                state.task = nil
            }
            return state.continuation
        }
        continuation?.resume(with: result)
    }
}
