import Browser
import Foundation
import TerminalUI
import Testing

/// Every shipped theme, applied to a real screen at 256 colours, 8 colours and without colour (NO_COLOR or a
/// monochrome terminal), through ``Theme/look(for:colorCount:)``: the style and palette mapping the ncurses backend uses.
@Suite("Themes at 256 and 8 colours and under NO_COLOR", .serialized)
struct ThemeScreenTests {
    static let themes = ["default", "light", "high-contrast", "solarized-dark", "terminal", "monochrome"]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    /// Roles a person must be able to tell apart, whatever the terminal: each pair must not look the same.
    static let distinct: [(StyleRole, StyleRole)] = [
        ("list.selected", "list.row"), ("list.selected.unfocused", "list.row"), ("list.header", "list.row"),
        ("sidebar.selected", "sidebar.item"), ("sidebar.selected.unfocused", "sidebar.item"),
        ("status.error", "status"), ("footer.key", "footer.text"), ("border.focused", "border"),
        ("badge.demo", "text"), ("text.control", "text"), ("sidebar.empty", "sidebar.item"),
        ("sidebar.empty", "text.dim"),
    ]

    @Test("each theme: every role on screen is drawable, and what must stand out does", arguments: themes)
    func theme(_ name: String) async throws {
        let theme = try Theme.load(from: Self.folder.appendingPathComponent("\(name).toml"))
        let harness = try await BrowserHarness.start(width: 120, height: 40)
        // The list focused with a row selected, the sidebar's type selected but unfocused, a record previewed,
        // and an error in the status line.
        try await harness.press(.down, .character("t"))
        let canvas = harness.canvas
        var roles = Set<StyleRole>()
        for y in 0..<canvas.size.height {
            for x in 0..<canvas.size.width { roles.insert(canvas[x, y].role) }
        }
        for required: StyleRole in ["list.selected", "list.row", "sidebar.selected.unfocused", "status", "footer.key"] {
            #expect(roles.contains(required), "the screen shows \(required)")
        }
        roles.formUnion(Self.distinct.flatMap { [$0.0, $0.1] })
        for colorCount in [256, 8, 0] {
            for role in roles {
                let look = theme.look(for: role, colorCount: colorCount)
                if colorCount == 0 {
                    #expect(look.foreground == -1 && look.background == -1, "\(name) \(role): no colour under NO_COLOR")
                } else {
                    #expect(
                        (-1..<Int16(colorCount)).contains(look.foreground)
                            && (-1..<Int16(colorCount)).contains(look.background),
                        "\(name) \(role) at \(colorCount) colours: \(look)")
                }
                #expect(
                    look.foreground == -1 || look.foreground != look.background,
                    "\(name) \(role) at \(colorCount) colours: text the colour of its background")
            }
            for (one, other) in Self.distinct {
                let a = theme.look(for: one, colorCount: colorCount)
                let b = theme.look(for: other, colorCount: colorCount)
                #expect(a != b, "\(name) at \(colorCount) colours: \(one) looks like \(other) (\(a))")
            }
        }
        await harness.stop()
    }
}
