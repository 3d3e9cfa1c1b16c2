import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process on a pseudo-terminal this process owns: keys go in through the master side, and
/// every byte the child writes to its terminal comes out of it to be counted.
final class PseudoTerminal {
    /// The child's process id.
    let pid: pid_t
    private let master: Int32
    private var exitStatus: Int32?

    /// Spawns `executable` as the leader of a new session whose controlling terminal is a fresh pty of
    /// `columns`×`rows`, so that it sees a real terminal (isatty, TIOCGWINSZ, SIGWINCH on resize).
    init(executable: String, arguments: [String], environment: [String: String], columns: Int, rows: Int) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Self.failure("openpty") }
        // Only the child's 0, 1 and 2 may hold the slave: a copy left open anywhere keeps the master
        // from ever seeing the end of the child's output.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &name, name.count) == 0 else {
            close(master)
            close(slave)
            throw Self.failure("ttyname_r")
        }
        defer { close(slave) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (glibc applies the session flag before file actions), the slave becomes
        // the new session's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The runtime ignores SIGPIPE here, and an ignored signal stays ignored across exec.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGWINCH, SIGCHLD] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        // POSIX_SPAWN_SETSID is a GNU extension the Glibc module does not export; its value is fixed ABI.
        let setsid: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            close(master)
            throw ValidationError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        pid = child
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Types `bytes` as if at the keyboard.
    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw Self.failure("write to the pty") }
            offset += written
        }
    }

    /// Types `text` as if at the keyboard.
    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    /// Reads what the child writes until it has been silent for `quiet` (the frame is complete), or
    /// until `limit` has passed; returns every byte read.
    func readUntilQuiet(_ quiet: Duration, limit: Duration = .seconds(10)) -> [UInt8] {
        readOutput(quiet: quiet, limit: limit) { _ in false }
    }

    /// Reads until `done` holds for everything read so far (checked after each chunk), or until `limit`;
    /// returns every byte read and whether `done` held.
    func read(limit: Duration, until done: ([UInt8]) -> Bool) -> (bytes: [UInt8], done: Bool) {
        var met = false
        let bytes = readOutput(quiet: limit, limit: limit) { read in
            met = done(read)
            return met
        }
        return (bytes, met)
    }

    /// Changes the terminal's size; the kernel sends the child SIGWINCH.
    func resize(columns: Int, rows: Int) throws {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else { throw Self.failure("TIOCSWINSZ") }
    }

    /// Waits for the child to exit, draining its output so it never blocks on a full pty; kills it
    /// after `timeout`. Returns the wait status.
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(10)) -> Int32 {
        if let exitStatus { return exitStatus }
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if clock.now >= deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                break
            }
            _ = readUntilQuiet(.milliseconds(20), limit: .milliseconds(20))
        }
        exitStatus = status
        return status
    }

    /// Reads until `quiet` passes without a byte, `limit` passes in all, `stop` holds, or the child
    /// closes the terminal (EIO on Linux once every slave descriptor is gone).
    private func readOutput(quiet: Duration, limit: Duration, stop: ([UInt8]) -> Bool) -> [UInt8] {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let now = clock.now
            guard now < deadline else { break }
            let wait = min(quiet, deadline - now)
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(max(1, Self.milliseconds(wait))))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = chunk.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            output += chunk[0..<count]
            if stop(output) { break }
        }
        return output
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1_000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    }

    private static func failure(_ call: String) -> ValidationError {
        ValidationError("\(call) failed: \(String(cString: strerror(errno)))")
    }
}
