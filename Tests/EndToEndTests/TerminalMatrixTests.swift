import Foundation
import SpokeTestSupport
import Testing

/// The real binary in the terminals people use: TERM variants, NO_COLOR, sizes, a resize storm, a
/// terminal below the minimum size, and the C locale (ASCII only).
@Suite(
    "terminal matrix in tmux", .serialized,
    .enabled(if: Tmux.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct TerminalMatrixTests {
    /// Every line of the drawn frame is as wide as the terminal: the right border is where it belongs.
    private func expectAligned(_ screen: String, width: Int, _ what: String) {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The status line says "rows 1–…" ("rows 1?…" in the C locale); the frame is above it.
        let body = lines.dropFirst().prefix(while: { !$0.contains(" rows 1") })
        #expect(body.count > 5, "\(what): no body drawn:\n\(screen)")
        let misaligned = body.filter { Self.columns($0) != width }
        #expect(misaligned.isEmpty, "\(what): \(misaligned.count) lines are not \(width) columns wide:\n\(screen)")
    }

    /// Terminal columns of a captured line: East Asian wide characters (the demo's CJK and Hangul names) take two.
    static func columns(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide =
                (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
                || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
                || (0x1F300...0x1FAFF).contains(value)
            return total + (wide ? 2 : 1)
        }
    }

    @Test("TERM xterm-256color, tmux-256color, screen, linux and vt100, and NO_COLOR: the list draws and q exits 0")
    func termVariants() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        for environment in [
            "TERM=xterm-256color", "TERM=tmux-256color", "TERM=screen", "TERM=linux", "TERM=vt100",
            "NO_COLOR=1",
        ] {
            // vt100 has no alternate screen, so its list stays up after it exits: the next run's wait must
            // not mistake those rows for its own (it did, for NO_COLOR's reverse-video check).
            try await tmux.type("clear")
            try await tmux.waitFor("\(environment): cleared") { !$0.contains("rows 1–") }
            try await tmux.type("\(environment) \(try SpokeBinary.required()) --no-cache; echo EXIT=$?")
            let screen = try await tmux.waitFor("\(environment): rows") { $0.contains("rows 1–") && $0.contains("@") }
            #expect(screen.contains("Contacts"), "\(environment):\n\(screen)")
            expectAligned(screen, width: 120, environment)
            if environment == "NO_COLOR=1" {
                // No colour at all, and the selection still stands out: the monochrome attributes take over.
                let styled = try await tmux.captureStyled()
                #expect(!styled.contains("38;5;") && !styled.contains("48;5;"), "colour under NO_COLOR")
                #expect(styled.contains("\u{1B}[7m"), "the selected row is in reverse video")
            }
            try await tmux.send("q")
            try await tmux.waitFor("\(environment): exit") { $0.contains("EXIT=0") }
        }
    }

    @Test("80×24 and 200×60 lay out to the edge; 20 resizes in a second settle; below 60×12 it says so")
    func sizesAndResizeStorm() async throws {
        let tmux = try await Tmux(width: 80, height: 24)
        try await tmux.type("\(try SpokeBinary.required()) --no-cache; echo EXIT=$?")
        var screen = try await tmux.waitFor("80x24 rows") { $0.contains("rows 1–") && $0.contains("@") }
        expectAligned(screen, width: 80, "80×24")

        try await tmux.resize(width: 200, height: 60)
        screen = try await tmux.waitFor("200x60") { screen in
            screen.split(separator: "\n").first.map { $0.count > 150 } == true && screen.contains("rows 1–")
        }
        expectAligned(screen, width: 200, "200×60")

        let clock = ContinuousClock()
        let started = clock.now
        for index in 0..<20 {
            try await tmux.resize(width: index.isMultiple(of: 2) ? 90 : 150, height: index.isMultiple(of: 2) ? 25 : 45)
        }
        let stormTook = clock.now - started
        try await tmux.resize(width: 120, height: 40)
        screen = try await tmux.waitFor("settled at 120x40") { screen in
            screen.split(separator: "\n").count == 40 && screen.contains("rows 1–")
                && screen.split(separator: "\n").dropFirst().first.map { $0.count == 120 } == true
        }
        expectAligned(screen, width: 120, "after the storm (\(stormTook))")

        try await tmux.resize(width: 50, height: 10)
        try await tmux.waitFor("Terminal too small")
        try await tmux.waitFor("need 60×12, have 50×10")
        try await tmux.resize(width: 100, height: 30)
        try await tmux.waitFor("back to 100x30") { !$0.contains("too small") && $0.contains("rows 1–") }
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
    }

    @Test("in the C locale borders are ASCII, what cannot be shown is ?, and the columns stay aligned")
    func cLocale() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        try await tmux.type("LANG=C LC_ALL=C \(try SpokeBinary.required()) --no-cache; echo EXIT=$?")
        let screen = try await tmux.waitFor("C locale rows") { $0.contains("rows 1") && $0.contains("@") }
        #expect(screen.contains("+-"), "ASCII corners and lines:\n\(screen)")
        #expect(!screen.contains("┌") && !screen.contains("│"), "no box-drawing characters:\n\(screen)")
        #expect(screen.contains("?"), "non-ASCII names show ?:\n\(screen)")
        expectAligned(screen, width: 120, "C locale")
        try await tmux.send("q")
        try await tmux.waitFor("EXIT=0")
    }

    @Test("Ctrl-z leaves a sane shell (stty echo icanon); fg redraws the browser, which then quits with 0")
    func suspendAndResume() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        try await tmux.type("\(try SpokeBinary.required()) --no-cache; echo EXIT=$?")
        try await tmux.waitFor("rows") { $0.contains("rows 1–") && $0.contains("@") }
        // Once only: ncurses' own handler stopped the process from whichever thread took the signal, and about one
        // suite run in five missed a Ctrl-z or repainted half the screen on fg. The UI thread now does it.
        try await tmux.send("C-z")
        try await tmux.waitFor("Stopped")
        let flags = try await tmux.sttyFlags()
        #expect(
            flags.contains("echo") && flags.contains("icanon"), "the shell's terminal is sane while Spoke is stopped")
        try await tmux.type("clear; fg")
        let screen = try await tmux.waitFor("redrawn") { $0.contains("rows 1–") && $0.contains("┌ Objects") }
        #expect(!screen.contains("STTY-42-DONE"), "the whole screen was redrawn:\n\(screen)")
        try await tmux.send("q")
        // bash drops the rest of a command list whose job was stopped: ask for fg's status instead.
        try await tmux.waitFor("back at the prompt") { !$0.contains("┌ Objects") }
        try await tmux.type("echo FG-EXIT=$?")
        try await tmux.waitFor("FG-EXIT=0")
    }

    @Test(
        "Ctrl-z in $EDITOR stops Spoke with it, so the shell sees the job stopped; fg continues both, the edit staged")
    func suspendFromTheEditor() async throws {
        let tmux = try await Tmux(width: 120, height: 40)
        // An editor that suspends itself as vim does on Ctrl-z (SIGTSTP to its process group), then writes.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spoke-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = folder.appendingPathComponent("suspending-editor").path
        try "#!/bin/sh\nkill -TSTP 0\nprintf Zed > \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        try await tmux.type("EDITOR=\(editor) \(try SpokeBinary.required()) --no-cache")
        try await tmux.waitFor("rows") { $0.contains("rows 1–") && $0.contains("@") }
        try await tmux.send("Enter")
        try await tmux.waitFor("record loaded") { $0.contains("updated 20") && $0.contains("First Name") }
        try await tmux.selectDetailRow("First Name")
        try await tmux.send("E")
        try await tmux.waitFor("Stopped")
        try await tmux.type("fg")
        try await tmux.waitFor("the edit staged") { $0.contains("→ Zed") && $0.contains("1 staged") }
        try await tmux.send("q")
        try await tmux.waitFor("Quit and drop 1 staged edit(s)?")
        try await tmux.send("y")
        try await tmux.waitFor("back at the prompt") { !$0.contains("┌ Objects") }
        try await tmux.type("echo FG-EXIT=$?")
        try await tmux.waitFor("FG-EXIT=0")
    }
}
