import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Names the fuzz input that was running when the process crashes or hangs.
///
/// A crash ends the test process before any test can report, and a hang never reports at all; the input's
/// seed is what makes either replayable, so it is written to stderr from the signal handler or the watchdog.
/// A stack overflow goes unnamed: the handler would need an alternate stack on whichever thread ran the input.
enum CrashWitness {
    private static let inputSeed = Atomic<UInt64>(0)
    /// Monotonic nanoseconds when the running input started; 0 while none runs.
    private static let inputStart = Atomic<UInt64>(0)
    private static let hangNanoseconds = Atomic<UInt64>(60_000_000_000)
    private static let watchdogStarted = Mutex(false)
    // A signal handler may call only async-signal-safe functions: no allocation, no locks, no Swift strings.
    // So the test's name and the digits are written into buffers allocated up front.
    private static let bufferSize = 160
    nonisolated(unsafe) private static let nameBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bufferSize)
    nonisolated(unsafe) private static let digitBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 24)
    private static let nameLength = Atomic<Int>(0)
    private static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)

    /// Arms the handlers and the watchdog for the fuzz test `name`.
    static func begin(_ name: String, hangLimit: Duration) {
        let bytes = Array(name.utf8.prefix(bufferSize))
        for (index, byte) in bytes.enumerated() { nameBuffer[index] = byte }
        nameLength.store(bytes.count, ordering: .sequentiallyConsistent)
        let limit = hangLimit.components
        hangNanoseconds.store(
            UInt64(limit.seconds) * 1_000_000_000 + UInt64(limit.attoseconds / 1_000_000_000),
            ordering: .sequentiallyConsistent)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, _, _ in CrashWitness.signalled(signal) }
            action.sa_flags = SA_SIGINFO
            sigaction(signal, &action, previous + Int(signal))
        }
        startWatchdog()
    }

    /// Marks the start of the input with `seed`.
    static func started(_ seed: UInt64) {
        inputSeed.store(seed, ordering: .sequentiallyConsistent)
        inputStart.store(DispatchTime.now().uptimeNanoseconds, ordering: .sequentiallyConsistent)
    }

    /// Marks the end of the running input.
    static func finished() {
        inputStart.store(0, ordering: .sequentiallyConsistent)
    }

    /// Puts back the handlers that were there before ``begin(_:hangLimit:)``.
    static func end() {
        finished()
        for signal in signals { sigaction(signal, previous + Int(signal), nil) }
    }

    private static func signalled(_ signal: Int32) {
        if inputStart.load(ordering: .sequentiallyConsistent) != 0 { report("CRASHED (signal ", signal) }
        // Returning re-runs the faulting instruction (or lets abort() re-raise) under the previous handler,
        // which prints the backtrace and ends the process as it would have without us.
        sigaction(signal, previous + Int(signal), nil)
    }

    private static func startWatchdog() {
        let start = watchdogStarted.withLock { started in
            defer { started = true }
            return !started
        }
        guard start else { return }
        Thread.detachNewThread {
            while true {
                sleep(1)
                let began = inputStart.load(ordering: .sequentiallyConsistent)
                let limit = hangNanoseconds.load(ordering: .sequentiallyConsistent)
                guard began != 0, DispatchTime.now().uptimeNanoseconds - began > limit else { continue }
                report("HUNG (limit seconds ", Int32(truncatingIfNeeded: limit / 1_000_000_000))
                abort()
            }
        }
    }

    /// Writes "FUZZ <what><number>) in <test>, input seed <seed>; replay: …" to stderr with write(2) only.
    private static func report(_ what: StaticString, _ number: Int32) {
        write(StaticString("\nFUZZ INPUT "))
        write(what)
        writeDigits(UInt64(max(0, number)))
        write(StaticString(") in \""))
        _ = Glibc.write(2, nameBuffer, nameLength.load(ordering: .sequentiallyConsistent))
        write(StaticString("\", input seed "))
        let seed = inputSeed.load(ordering: .sequentiallyConsistent)
        writeDigits(seed)
        write(StaticString("; replay: SPOKE_FUZZ_REPLAY="))
        writeDigits(seed)
        write(StaticString(" swift test --filter FuzzTests\n"))
    }

    private static func write(_ text: StaticString) {
        _ = Glibc.write(2, text.utf8Start, text.utf8CodeUnitCount)
    }

    private static func writeDigits(_ value: UInt64) {
        var rest = value
        var count = 0
        repeat {
            digitBuffer[23 - count] = UInt8(48 + rest % 10)
            rest /= 10
            count += 1
        } while rest > 0
        _ = Glibc.write(2, digitBuffer + (24 - count), count)
    }
}
