/// A colour as a theme names it; the backend maps it to what the terminal can show.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background colour.
    case terminalDefault
    /// One of the 256 xterm palette entries (0–15 are the terminal's configurable basic colours).
    case indexed(UInt8)
    /// A 24-bit colour, approximated by the nearest palette entry the terminal supports.
    case rgb(UInt8, UInt8, UInt8)
}
