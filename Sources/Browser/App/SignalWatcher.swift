import Dispatch
import Foundation

/// Turns SIGINT, SIGTERM and SIGHUP into a quit action, so the run loop exits normally and the
/// terminal is restored (ncurses' own handlers would exit(1) and skip our cleanup).
public final class SignalWatcher: @unchecked Sendable {
    // Dispatch sources are thread-safe; they are only created here and cancelled in deinit.
    private var sources: [any DispatchSourceSignal] = []

    /// Ignores the default handling of the quit signals and posts `.signalled` into `inbox`.
    /// `nonisolated` because a handler created in main-actor code would assert when it fires on a
    /// global queue.
    public nonisolated init(inbox: Inbox) {
        let signals: [(Int32, String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")]
        for (number, name) in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { inbox.post(.signalled(name: name)) }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
