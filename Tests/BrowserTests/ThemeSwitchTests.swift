import Browser
import Foundation
import TerminalUI
import Testing

@Suite("Switching themes live")
struct ThemeSwitchTests {
    private static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    @Test("switchTheme hands the new theme to the backend; an unknown name says which themes exist")
    func switchLive() async throws {
        let harness = try await BrowserHarness.start(width: 100, height: 20)
        let choices = ThemeLocator.availableNames(searchPaths: [Self.themes])
        #expect(choices.contains("light") && choices.contains("default"), "\(choices)")
        harness.app.offerThemes(current: "default", choices: choices) { name in
            let (theme, warnings) = ThemeLocator.load(named: name, searchPaths: [Self.themes])
            return warnings.isEmpty ? theme : nil
        }
        #expect(harness.app.state.themeChoices == choices)

        harness.app.dispatch(.switchTheme("light"))
        try await harness.settle()
        let light = try Theme.load(from: Self.themes.appendingPathComponent("light.toml"))
        #expect(harness.backend.theme?.name == light.name)
        #expect(harness.app.state.themeName == "light")
        #expect(harness.screen.contains("theme light"))

        harness.app.dispatch(.switchTheme("neon"))
        try await harness.settle()
        #expect(harness.app.state.themeName == "light", "an unknown theme leaves the current one")
        #expect(harness.screen.contains("unknown theme \"neon\""), "\(harness.screen)")
        await harness.stop()
    }

    @Test("--theme with an unknown name lists the themes that exist (issue 16, item 11)")
    func unknownThemeAtStart() {
        let (theme, warnings) = ThemeLocator.load(named: "nope", searchPaths: [Self.themes])
        #expect(theme.name == "default", "it falls back to the default theme")
        let first = warnings.first ?? ""
        #expect(first.contains("theme \"nope\" not found"), "\(warnings)")
        #expect(first.contains("light") && first.contains("default"), "the themes that exist are named: \(first)")
    }
}
