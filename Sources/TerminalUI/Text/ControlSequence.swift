import Foundation

/// A terminal control sequence Spoke itself generates (never server text): only the constructors
/// below exist, and what they embed is encoded so it cannot end the sequence early.
public struct ControlSequence: Sendable, Equatable {
    /// The bytes to write to the terminal.
    public let bytes: [UInt8]

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// OSC 52: puts `text` on the system clipboard (works over SSH). The text travels as base64, so
    /// nothing in it can act as a control character.
    ///
    /// Inside tmux the sequence is wrapped in tmux's DCS passthrough (escape characters doubled);
    /// tmux forwards it when `allow-passthrough` is on, and with `set-clipboard on` tmux also takes
    /// the unwrapped form itself.
    public static func clipboard(_ text: String, insideTmux: Bool) -> ControlSequence {
        let osc = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        guard insideTmux else { return ControlSequence(osc) }
        return ControlSequence(
            "\u{1B}Ptmux;" + osc.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\")
    }

    /// Turns bracketed paste on or off (DEC mode 2004): pasted text then arrives between `ESC [200~` and
    /// `ESC [201~`, one input instead of a key per character.
    public static func bracketedPaste(_ on: Bool) -> ControlSequence {
        ControlSequence(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l")
    }
}
