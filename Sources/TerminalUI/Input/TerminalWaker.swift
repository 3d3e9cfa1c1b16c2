import Glibc

/// Wakes a UI thread waiting for a key, from any thread: a pipe whose read end is polled beside the terminal, so
/// an answer that arrives while no key is pressed is drawn at once, not when the wait times out.
public final class TerminalWaker: Sendable {
    /// The end polled by the waiting thread.
    let readDescriptor: Int32
    /// The end written to; a signal handler may write to it too (it never blocks).
    let writeDescriptor: Int32

    /// A new pipe, both ends non-blocking; nil when the process has no descriptors left.
    public init?() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = ends[0]
        writeDescriptor = ends[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    /// Makes the waiting (or the next) wait return. A full pipe already holds a wake-up, so a failed write is fine.
    public func wake() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Empties the pipe, so one wake-up ends one wait.
    func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &bytes, bytes.count) > 0 {}
    }
}
