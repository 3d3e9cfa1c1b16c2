import Foundation

/// A child started with posix_spawn, stdin from /dev/null, stdout and stderr to a file the test reads.
///
/// Foundation's `Process` left tmux's client unreaped (and `waitUntilExit` hanging) when called from Swift
/// concurrency threads here, so the tests spawn directly. Output goes to a file, not a pipe: `tmux
/// new-session` forks a server that inherits the descriptor and would hold a pipe open forever.
public struct ChildProcess: Sendable {
    /// The child's process id.
    public let pid: pid_t

    /// Starts `path` with `arguments`, stdin from /dev/null, stdout and stderr to `stdoutPath`.
    public static func spawn(_ path: String, _ arguments: [String], stdoutPath: String) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Nothing else of the test process goes to the child. An inherited socket of an in-process sandbox kept
        // a connection open after the sandbox closed it (no FIN while the child, or tmux's server, held a copy):
        // a client reusing it waited 30 s for an answer, failing a dozen unrelated tests per suite run.
        Self.closeFrom3(&actions)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        // The child starts with no signal blocked and every signal at its default. Posix_spawn otherwise passes on
        // the mask of the test thread that spawns it, which blocks nearly every signal: tmux's server then never
        // saw the SIGTERM that kill-server sends it (two dozen servers, each with a shell and a browser, were
        // left behind per suite run), and the browsers inside tmux inherited the mask too.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw ChildProcessError(message: "cannot run \(path): \(String(cString: strerror(spawned)))")
        }
        return ChildProcess(pid: pid)
    }

    /// Adds "close every descriptor from 3 up" to `actions` (glibc's `posix_spawn_file_actions_addclosefrom_np`,
    /// looked up at run time because Swift's Glibc module leaves GNU extensions out); without it, each descriptor
    /// open now is closed one by one.
    private static func closeFrom3(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }

    /// Sends SIGKILL and reaps the child without blocking a thread; returns its status as a shell reports it.
    public func kill() async -> Int32 {
        _ = Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        for _ in 0..<500 {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return Self.shellStatus(status)
    }

    /// Waits (polling, without blocking a thread) for the child to end, killing it after `timeout`; its status
    /// as a shell reports it. The default is two minutes: it only ends a hang, and with the whole suite running on
    /// two cores a `spoke doctor` of twenty loopback requests has needed more than 30 s (7 s a request at worst).
    public func exitStatus(timeout: Duration = .seconds(120)) async -> Int32 {
        var status: Int32 = 0
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { return Self.shellStatus(status) }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return await kill()
    }

    /// Blocks the calling thread until the child ends; its status as a shell reports it.
    public func waitForExit() throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw ChildProcessError(message: "waitpid failed: \(errno)") }
        }
        return Self.shellStatus(status)
    }

    /// Runs the command to completion without blocking a thread (killing it after `timeout`); returns its status
    /// and combined output. Tests that wait on a long child use this: a thread blocked in waitpid is one of the
    /// two the machine's Swift concurrency pool has, which every in-process sandbox of the suite also needs.
    public static func run(
        _ path: String, _ arguments: [String], timeout: Duration = .seconds(120)
    ) async throws -> (status: Int32, output: String) {
        let output = NSTemporaryDirectory() + "spoke-child-\(UUID().uuidString).out"
        defer { unlink(output) }
        let status = try await spawn(path, arguments, stdoutPath: output).exitStatus(timeout: timeout)
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    /// Runs a short command to completion, blocking the calling thread in waitpid; returns its status and
    /// combined output. For synchronous callers of quick commands (tmux's client).
    public static func runBlocking(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let output = NSTemporaryDirectory() + "spoke-child-\(UUID().uuidString).out"
        defer { unlink(output) }
        let status = try spawn(path, arguments, stdoutPath: output).waitForExit()
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    /// An exit code, or 128 + the signal for a child a signal ended, as a shell reports it.
    private static func shellStatus(_ status: Int32) -> Int32 {
        let exited = status & 0x7f == 0
        return exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
