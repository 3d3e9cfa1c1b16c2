import Foundation
import TerminalUI
import Testing

@testable import Browser

@Suite("Key remaps from the config file, and the default key table's safety")
struct KeyRemapTests {
    private func state(_ bindings: KeyBindings) -> BrowserState {
        BrowserState(
            registry: .standard, portal: PortalInfo(kind: .demo, baseURL: URL(string: "http://x")!),
            size: Size(width: 100, height: 24), keyBindings: bindings)
    }

    @Test(
        "remap, unbind and several keys per action; a key moves away from its old action, which is said (issue 16, item 8)"
    )
    func remapAndUnbind() {
        let (table, issues) = KeyBindings.standard.remapped(
            by: [
                KeyRemap(action: "refresh", keyNames: ["R", "F5"], line: 3),
                KeyRemap(action: "help", keyNames: [], line: 4),
                KeyRemap(action: "moveDown", keyNames: ["Down", "n"], line: 5),
                KeyRemap(action: "first", keyNames: ["j"], line: 6),
            ], file: "c.toml")
        // "n" was new record's only key: the move is said, naming what is left without a key.
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.line == 5)
        #expect(issues.first?.message.contains("\"n\" now runs moveDown, no longer create") == true)
        #expect(issues.first?.message.contains("no key left") == true)
        #expect(table.command(for: .character("R"))?.command == .refresh)
        #expect(table.command(for: .function(5))?.command == .refresh)
        #expect(table.command(for: .character("r")) == nil, "the old key is gone")
        #expect(table.command(for: .character("?")) == nil, "an empty entry unbinds")
        #expect(
            table.bindings.first { $0.command == .help }?.keys == [],
            "an unbound action stays in the table, for help and the palette")
        #expect(table.bindings.first { $0.command == .create }?.keyLabel == "no key")
        #expect(table.command(for: .character("n"))?.command == .moveDown)
        #expect(table.command(for: .character("j"))?.command == .first, "j moved from down to first")
        #expect(table.bindings.first { $0.command == .moveDown }?.keys == [.down, .character("n")])

        let markdown = table.markdown()
        #expect(markdown.contains("| `R` `F5` | refresh |"))
        #expect(!markdown.contains("| `?` |"))
        var browser = state(table)
        // The table unbinds ?, so the overlay is opened as ? would open it.
        browser.modals.push(.help(offset: 0))
        let help = BrowserView.render(browser).textLines.joined(separator: "\n")
        #expect(help.contains("R/F5"), "the help overlay shows the remapped keys:\n\(help)")
        browser.modals.pop()
        let footer = BrowserView.render(browser).textLines.last ?? ""
        #expect(!footer.contains("? help"), "an unbound action leaves the footer: \(footer)")
    }

    @Test("unknown actions and key names are named with their line; the rest still apply")
    func badEntries() {
        let (table, issues) = KeyBindings.standard.remapped(
            by: [
                KeyRemap(action: "refrsh", keyNames: ["R"], line: 2),
                KeyRemap(action: "quit", keyNames: ["Hyper-q"], line: 3),
                KeyRemap(action: "filter", keyNames: ["f"], line: 4),
            ], file: "c.toml")
        #expect(issues.map { "\($0.line ?? 0) \($0.key ?? "")" } == ["2 keys.refrsh", "3 keys.quit"])
        #expect(issues[0].description.hasPrefix("c.toml:2: keys.refrsh: unknown action \"refrsh\""))
        #expect(issues[1].description.contains("unknown key \"Hyper-q\""))
        #expect(table.command(for: .character("q"))?.command == .quit, "a bad entry leaves the action as it was")
        #expect(table.command(for: .character("f"))?.command == .filter)
    }

    @Test("no destructive action is on a Ctrl key in the default table")
    func noDestructiveControlKeys() {
        for binding in KeyBindings.standard.bindings where binding.command.isDestructive {
            let controls = binding.keys.filter { if case .control = $0 { true } else { false } }
            #expect(controls.isEmpty, "\(binding.command) is destructive but bound to \(controls)")
        }
    }

    @Test("every key name the help shows reads back as the same key")
    func keyNamesRoundTrip() {
        let keys =
            KeyBindings.standard.bindings.flatMap(\.keys)
            + [.left, .right, .backspace, .delete, .insert, .function(12), .character(" "), .control("x")]
        for key in keys {
            #expect(Key(name: key.displayName) == key, "\(key.displayName)")
            #expect(Key(name: key.asciiDisplayName) == key, "\(key.asciiDisplayName)")
        }
        #expect(Key(name: "C-r") == .control("r"))
        #expect(Key(name: "ctrl-R") == .control("r"))
        #expect(Key(name: "Hyper-q") == nil)
        #expect(Key(name: "") == nil)
    }
}
