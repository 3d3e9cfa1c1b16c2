import TerminalUI

/// The TUI's sanitising and display width, for plain-text command output.
enum TerminalSafeText {
    static func make(_ text: String) -> String { TerminalText.sanitize(text) }
    static func width(_ text: String) -> Int { TerminalText.displayWidth(text) }
    static func pad(_ text: String, to width: Int) -> String { TerminalText.pad(text, toWidth: width) }
}
