/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// A control combination: Ctrl-a is `.control("a")`.
    case control(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// Function key F1… as `.function(1)`.
    case function(Int)
    /// The terminal changed size; redraw for the backend's new `size`.
    case resize
    /// A mouse click or wheel turn, when the mouse is enabled.
    case mouse(MouseEvent)
    /// A key code with no mapping, kept so it can be logged.
    case unknown(Int32)
    /// Text the terminal delivered as one bracketed paste: handled as one input, not a key per character.
    case paste(String)

    /// A short human name for help and footers: "j", "Ctrl-s", "PgDn", "Enter", "Esc", "Shift-Tab", "↑".
    public var displayName: String {
        switch self {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return asciiDisplayName
        }
    }

    /// Like ``displayName`` but pure ASCII ("Up" instead of "↑"), for terminals without UTF-8.
    public var asciiDisplayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        case .mouse(let event): return "Mouse(\(event.kind) \(event.x),\(event.y))"
        case .unknown(let code): return "Key(\(code))"
        case .paste(let text): return "Paste(\(text.count) characters)"
        }
    }
}
