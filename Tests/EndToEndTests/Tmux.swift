import Foundation
import SpokeTestSupport

/// Drives a program in a private tmux server: type keys, read the screen, wait for text.
final class Tmux {
    /// Whether tmux is installed.
    static var isAvailable: Bool { executable != nil }

    private static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private let socket = "spoke-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let target = "e2e"

    /// A private cache (and state) folder for this session, so tests never share or leave a cache, bookmarks or sorts.
    let cacheDirectory = NSTemporaryDirectory() + "spoke-e2e-cache-\(UUID().uuidString.prefix(8))"

    /// Starts a detached session of `width`×`height` running an interactive shell without rc files.
    init(width: Int = 120, height: Int = 40) async throws {
        try await run([
            "-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
            "env -i HOME=\(NSTemporaryDirectory()) XDG_CACHE_HOME=\(cacheDirectory) "
                + "XDG_STATE_HOME=\(cacheDirectory)/state PATH=/usr/bin:/bin "
                + "LANG=C.UTF-8 TERM=tmux-256color bash --norc --noprofile",
        ])
        try await run(["set-option", "-t", target, "escape-time", "0"])
    }

    deinit {
        // Deinit cannot wait asynchronously; kill-server is quick.
        if let executable = Self.executable {
            _ = try? ChildProcess.runBlocking(executable, ["-L", socket, "kill-server"])
        }
        try? FileManager.default.removeItem(atPath: cacheDirectory)
    }

    /// Sends tmux key names or literal text (`literal: true` types the text as is).
    func send(_ keys: String..., literal: Bool = false) async throws {
        try await run(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
    }

    /// Pastes `text` into the pane as a terminal does: bracketed (`ESC [200~` … `ESC [201~`) when the program
    /// asked for it.
    func paste(_ text: String) async throws {
        try await run(["set-buffer", "--", text])
        try await run(["paste-buffer", "-p", "-t", target])
    }

    /// Types a shell command and presses Enter.
    func type(_ command: String) async throws {
        try await send(command, literal: true)
        try await send("Enter")
    }

    /// Resizes the session's window (the program inside gets SIGWINCH).
    func resize(width: Int, height: Int) async throws {
        try await run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen as text.
    func capture() async throws -> String {
        try await run(["capture-pane", "-p", "-t", target])
    }

    /// The visible screen with its colours and attributes as SGR escape sequences (`capture-pane -e`).
    func captureStyled() async throws -> String {
        try await run(["capture-pane", "-e", "-p", "-t", target])
    }

    /// Polls the screen until `predicate` holds; returns the last screen, or throws with it.
    /// Sleeps with `Task.sleep` so other tests' servers keep their threads.
    @discardableResult
    func waitFor(
        _ description: String, timeout: Duration = .seconds(40), _ predicate: (String) -> Bool
    ) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = ""
        while clock.now < deadline {
            screen = try await capture()
            if predicate(screen) { return screen }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TmuxError.timedOut(description, screen)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(40)) async throws -> String {
        try await waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The shell's terminal flags (`stty -a`, split into words), read through a file.
    func sttyFlags() async throws -> [String] {
        let file = NSTemporaryDirectory() + "spoke-stty-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        // The marker is computed by the shell so the typed command line cannot match it.
        try await type("stty -a > \(file); echo STTY-$((40 + 2))-DONE")
        try await waitFor("STTY-42-DONE")
        return try String(contentsOfFile: file, encoding: .utf8)
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
    }

    /// The pid of the program running under the pane's shell, if any.
    func childPID() async throws -> Int32? {
        let shell = try await run(["display-message", "-p", "-t", target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Runs `command` in a detached window of the same tmux server (e.g. a sandbox the session talks to).
    func startWindow(_ name: String, _ command: String) async throws {
        try await run([
            "new-window", "-d", "-n", name, "-t", target,
            "env -i HOME=\(NSTemporaryDirectory()) PATH=/usr/bin:/bin LANG=C.UTF-8 " + command,
        ])
    }

    /// The server's socket, as a program inside finds it through `TMUX` (the panes here start with `env -i`).
    func socketPath() async throws -> String {
        try await run(["display-message", "-p", "-t", target, "#{socket_path}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Sets a global (server-wide) option, as `tmux set -g NAME VALUE` does.
    func setGlobal(_ name: String, _ value: String) async throws {
        try await run(["set-option", "-g", name, value])
    }

    /// Closes a window started by `startWindow`; its program gets SIGHUP.
    func killWindow(_ name: String) async throws {
        try await run(["kill-window", "-t", "\(target):\(name)"])
    }

    /// Runs one tmux client command, polling for its end so no thread of the concurrency pool waits in waitpid:
    /// the pool has two threads here, and the in-process sandboxes of other suites need them.
    @discardableResult
    private func run(_ arguments: [String]) async throws -> String {
        guard let executable = Self.executable else { throw TmuxError.missing }
        let (status, text) = try await ChildProcess.run(executable, ["-L", socket] + arguments)
        guard status == 0 else {
            throw TmuxError.failed(arguments.joined(separator: " "), text)
        }
        return text
    }
}

/// What can go wrong driving tmux.
enum TmuxError: Error, CustomStringConvertible {
    case missing
    case failed(String, String)
    case timedOut(String, String)

    var description: String {
        switch self {
        case .missing: "tmux is not installed"
        case .failed(let command, let output): "tmux \(command) failed: \(output)"
        case .timedOut(let what, let screen): "timed out waiting for \(what); screen was:\n\(screen)"
        }
    }
}
