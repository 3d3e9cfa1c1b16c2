import Foundation
import SpokeTestSupport
import Testing

/// Start-up against a slow server (issue 15, item 9): the first frame never waits for an answer.
@Suite(
    "start-up draws before the server answers", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct StartupSessionTests {
    @Test("30 s latency: a warm cache's rows are on screen before any answer, and a new token gets a connecting frame")
    func firstFrameBeforeFirstAnswer() async throws {
        let spoke = try #require(SpokeBinary.path, "the spoke binary was not built beside the tests")
        let tmux = try await Tmux(width: 140, height: 30)
        var sandbox = try await SandboxWindow(tmux: tmux, spoke: spoke)
        defer {
            sandbox.killProcess()
            sandbox.remove()
        }
        // Warms the cache (and remembers the portal the token opens) at full speed.
        try await sandbox.browse()
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await tmux.send("clear", "Enter")

        try await sandbox.stop()
        sandbox.options = "--latency 30000"
        try await sandbox.start()
        // Every answer now takes at least 30 s, however fast the machine: rows seen before then came from the
        // cache, drawn before the first answer. The 25 s bound is for a loaded machine to start a process.
        try await tmux.type(sandbox.browseCommand())
        try await tmux.waitFor("cached rows before any answer", timeout: .seconds(25)) {
            $0.contains("rows 1–") && $0.contains("@")
        }
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
        try await tmux.send("clear", "Enter")

        // A cache that has never seen this token must ask the server which portal it opens: that wait is drawn.
        try await tmux.type(sandbox.browseCommand().replacingOccurrences(of: "/cache ", with: "/fresh-cache "))
        try await tmux.waitFor("the connecting frame", timeout: .seconds(25)) {
            $0.contains("connecting to 127.0.0.1: asking which portal this token opens (up to 10 s)")
        }
        // Past its 10 s the lookup gives up and the browser starts, still waiting for its list.
        try await tmux.waitFor("the browser after the lookup gave up", timeout: .seconds(60)) {
            $0.contains("Contacts") && !$0.contains("asking which portal")
        }
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
    }
}
