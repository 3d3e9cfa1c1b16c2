import Foundation
import TerminalUI
import Testing

/// Every theme shipped in themes/ is complete and works at 256, 16 and 8 colours.
@Suite("Shipped themes")
struct ThemeCatalogTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("themes")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test("the six themes of the brief are shipped")
    func catalog() {
        #expect(Self.names == ["default", "high-contrast", "light", "monochrome", "solarized-dark", "terminal"])
    }

    @Test("each theme loads and defines every role the default theme defines", arguments: names)
    func complete(name: String) throws {
        let reference = try Theme.load(from: Self.folder.appendingPathComponent("default.toml"))
        let theme = try Theme.load(from: Self.folder.appendingPathComponent("\(name).toml"))
        #expect(theme.name == name)
        for role in reference.styles.keys {
            #expect(theme.defines(role), "\(name) lacks \(role)")
        }
    }

    @Test("every colour of every theme maps into 256, 16 and 8-colour palettes", arguments: names)
    func degrades(name: String) throws {
        let theme = try Theme.load(from: Self.folder.appendingPathComponent("\(name).toml"))
        for style in theme.styles.values {
            for color in [style.foreground, style.background] {
                for count in [256, 16, 8] {
                    let index = color.paletteIndex(colorCount: count)
                    #expect(index >= -1 && index < Int16(count), "\(name): \(color) at \(count) colours gave \(index)")
                }
            }
        }
    }

    @Test("monochrome and terminal use no colour beyond the terminal's own")
    func restrained() throws {
        let mono = try Theme.load(from: Self.folder.appendingPathComponent("monochrome.toml"))
        #expect(
            mono.styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault })
        let terminal = try Theme.load(from: Self.folder.appendingPathComponent("terminal.toml"))
        for style in terminal.styles.values {
            for color in [style.foreground, style.background] {
                if case .indexed(let index) = color { #expect(index < 16) }
                if case .rgb = color { Issue.record("terminal theme uses a 24-bit colour") }
            }
        }
    }
}
