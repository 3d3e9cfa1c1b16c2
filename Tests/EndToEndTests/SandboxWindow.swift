import Foundation
import HubSpot

/// `spoke sandbox` running in a tmux window, with a token file for the browser and a client for checks.
struct SandboxWindow {
    static let token = "e2e-token"

    let tmux: Tmux
    let spoke: String
    let folder: String
    private(set) var port: Int
    /// More `spoke sandbox` options for the next (re)start, e.g. `--latency 30000`.
    var options = ""

    /// Starts a sandbox and waits until it listens: on `port`, or on a port outside Linux's ephemeral
    /// range (32768–60999) so that no server another test starts on port 0 can take it while this one
    /// is stopped on purpose.
    init(tmux: Tmux, spoke: String, port: Int = Int.random(in: 20_000..<30_000)) async throws {
        self.tmux = tmux
        self.spoke = spoke
        folder = NSTemporaryDirectory() + "spoke-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        self.port = port
        guard
            FileManager.default.createFile(
                atPath: tokenFile, contents: Data(Self.token.utf8),
                attributes: [.posixPermissions: 0o600])
        else { throw TmuxError.failed("write \(tokenFile)", "cannot create the token file") }
        try await start()
    }

    var tokenFile: String { folder + "/token" }
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts `spoke` on this sandbox in the main window and waits for the contact list.
    func browse() async throws {
        try await tmux.type(browseCommand())
        try await tmux.waitFor("list has rows") { $0.contains("rows 1–") && $0.contains("@") }
    }

    /// The command line that browses this sandbox with a private cache, then prints its exit status.
    func browseCommand(_ extra: String = "") -> String {
        "\(spokeCommand(extra)); echo EXIT=$?"
    }

    /// The `spoke` invocation alone (to wrap in `script`, say).
    func spokeCommand(_ extra: String = "") -> String {
        "\(spoke) --base-url \(baseURL) --token-file \(tokenFile) --cache-dir \(folder)/cache \(extra)"
    }

    /// A client of the sandbox, for checking what the server holds.
    var client: HubSpotClient {
        HubSpotClient(baseURL: URL(string: baseURL)!, credentials: .bearer(Self.token))
    }

    /// (Re)starts the sandbox on `port`. A first start moves to another port if the chosen one is taken;
    /// a restart must keep the port the browser knows.
    mutating func start() async throws {
        var attempt = 1
        while true {
            do {
                try await listen()
                hasListened = true
                return
            } catch  where !hasListened && attempt < 5 {
                attempt += 1
                port = Int.random(in: 20_000..<30_000)
            }
        }
    }

    private var hasListened = false

    private mutating func listen() async throws {
        let log = folder + "/sandbox-\(UUID().uuidString.prefix(4)).log"
        try? FileManager.default.removeItem(atPath: pidFile)
        try await tmux.startWindow(
            "sandbox",
            "bash -c 'echo $$ > \(pidFile); exec \(spoke) sandbox --port \(port) "
                + "--token \(Self.token) --access-log \(accessLog) \(options) > \(log) 2>&1'")
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        while clock.now < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if text.contains("Address already in use") { throw TmuxError.failed("sandbox", text) }
            if let range = text.range(of: "listening on http://127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let found = Int(digits) {
                    port = found
                    return
                }
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TmuxError.timedOut("the sandbox to listen", (try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    private var pidFile: String { folder + "/sandbox.pid" }

    /// The sandbox's access log: one `METHOD /path STATUS` line per request.
    var accessLog: String { folder + "/access.log" }

    /// The requests the sandbox has answered so far, as `METHOD /path STATUS` lines.
    func requests() -> [String] {
        ((try? String(contentsOfFile: accessLog, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Kills the sandbox at once (SIGKILL), as a crashed or unplugged server would go: a graceful stop
    /// would wait for the browser's keep-alive connection to close. Its window is closed too, so `start` can
    /// open it again.
    func stop() async throws {
        killProcess()
        try? await tmux.killWindow("sandbox")
    }

    /// Kills the sandbox process only, for a `defer` (which cannot wait); the tmux server's end closes its window.
    func killProcess() {
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(pid, SIGKILL)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
