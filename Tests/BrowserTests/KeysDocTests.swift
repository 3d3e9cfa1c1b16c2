import Browser
import Foundation
import SpokeTestSupport
import TerminalUI
import Testing

@Suite("Key documentation agrees with the key table")
struct KeysDocTests {
    private static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/keys.md")

    @Test("docs/keys.md is generated from KeyBindings.standard (RECORD_SNAPSHOTS=1 rewrites it)")
    func keysMarkdownIsCurrent() throws {
        let generated = KeyBindings.standard.markdown()
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let current = try? String(contentsOf: Self.file, encoding: .utf8) else {
            try generated.write(to: Self.file, atomically: true, encoding: .utf8)
            Issue.record("wrote \(Self.file.path); check it and run again")
            return
        }
        #expect(current == generated, "docs/keys.md is stale: run RECORD_SNAPSHOTS=1 swift test --filter KeysDocTests")
    }

    @Test("the help overlay lists every binding of the live table, and ? or Esc closes it")
    func helpOverlay() {
        var state = BrowserState(
            registry: .standard, portal: PortalInfo(kind: .demo, baseURL: URL(string: "http://x")!),
            size: Size(width: 80, height: 24))
        _ = state.apply(.key(.character("?")))
        #expect(state.showsHelp)
        let screen = BrowserView.render(state).textLines.joined(separator: "\n")
        // The table is taller than 24 rows: PgDn scrolls, and every binding shows on one page or another.
        var pages = screen
        for _ in 0..<3 {
            _ = state.apply(.key(.pageDown))
            pages += "\n" + BrowserView.render(state).textLines.joined(separator: "\n")
        }
        #expect(state.showsHelp, "scrolling keeps the overlay open")
        for binding in KeyBindings.standard.bindings {
            #expect(pages.contains(binding.description), "help lacks \(binding.description)")
            #expect(pages.contains(binding.keyLabel), "help lacks \(binding.keyLabel)")
        }
        // The header's rate-limit meter is explained after the keys (issue 16, item 11: it never was).
        _ = state.apply(.key(.end))
        let last = BrowserView.render(state).textLines.joined(separator: "\n")
        #expect(
            last.contains("API n/m") && last.contains("calls HubSpot still allows in its rate-limit window"), "\(last)")
        #expect(
            last.contains("dim type") && last.contains("sidebar: a type with no records; \"N empty\" counts them"),
            "\(last)")
        _ = state.apply(.key(.home))
        #expect(screen.contains("unavailable: no list to refresh"), "a disabled key says why")
        #expect(screen.contains("scroll"), "the overlay says it scrolls")
        assertSnapshot(screen, named: "help-80x24")
        let closing = state.apply(.key(.character("q")))
        #expect(!state.showsHelp)
        #expect(!closing.contains(.app(.quit(signal: nil))), "q closes the overlay first")
        _ = state.apply(.key(.character("?")))
        _ = state.apply(.key(.escape))
        #expect(!state.showsHelp)
    }
}
