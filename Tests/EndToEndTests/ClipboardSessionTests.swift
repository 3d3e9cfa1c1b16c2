import Foundation
import SpokeTestSupport
import Testing

/// Issue 16, item 11: `y` said "copied" inside tmux although tmux's default `allow-passthrough off` drops the
/// copy. The binary asks tmux, and says where the value did not go, with the setting that fixes it.
@Suite(
    "copying inside tmux", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct ClipboardSessionTests {
    @Test("with allow-passthrough off, y shows the id and how to enable it; once on, y copies")
    func passthroughOffIsSaid() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        // The pane's shell starts with `env -i`; TMUX tells spoke (and the tmux it asks) where the server is.
        try await tmux.type(
            "TMUX=\(try await tmux.socketPath()),1,0 \(try SpokeBinary.required()) --no-cache; echo EXIT=$?")
        try await tmux.waitFor("rows 1–")
        try await tmux.setGlobal("allow-passthrough", "off")
        try await tmux.send("y")
        let screen = try await tmux.waitFor("not copied (tmux's allow-passthrough is off)")
        #expect(!screen.contains("copied record id"), "\(screen)")
        try await tmux.setGlobal("allow-passthrough", "on")
        try await tmux.send("y")
        try await tmux.waitFor("copied record id")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
    }
}
