import Foundation

/// A child started with posix_spawn (Foundation's `Process` hangs under Swift concurrency here),
/// its stdout sent to a file the test polls.
struct ChildProcess: Sendable {
    let pid: pid_t

    /// Starts `path` with `arguments`, stdin from /dev/null, stdout and stderr to `stdoutPath`.
    static func spawn(_ path: String, _ arguments: [String], stdoutPath: String) throws -> ChildProcess {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard result == 0 else { throw CocoaError(.executableLoad, userInfo: ["errno": result]) }
        return ChildProcess(pid: pid)
    }

    /// Sends SIGKILL and reaps the child without blocking a thread; returns its status as a shell reports it.
    func kill() async -> Int32 {
        _ = Glibc.kill(pid, SIGKILL)
        var status: Int32 = 0
        for _ in 0..<500 {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            try? await Task.sleep(for: .milliseconds(10))
        }
        let exited = status & 0x7f == 0
        return exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// Waits (polling, without blocking a thread) for the child to end; its status as a shell reports it.
    func exitStatus() async -> Int32 {
        var status: Int32 = 0
        for _ in 0..<3_000 {
            if waitpid(pid, &status, WNOHANG) == pid {
                let exited = status & 0x7f == 0
                return exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return await kill()
    }

    /// Runs the command to completion; returns its status and combined output.
    static func run(_ path: String, _ arguments: [String]) async throws -> (status: Int32, output: String) {
        let output = NSTemporaryDirectory() + "spoke-cache-cli-\(UUID().uuidString).out"
        defer { unlink(output) }
        let status = try await spawn(path, arguments, stdoutPath: output).exitStatus()
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }

    /// The sequence numbers in complete `saved N` lines of the file (a line cut by the kill does not count).
    static func savedSeqs(in path: String) -> Set<Int64> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()  // after the last newline: empty, or a partial line
        return Set(lines.compactMap { line in line.hasPrefix("saved ") ? Int64(line.dropFirst(6)) : nil })
    }
}
