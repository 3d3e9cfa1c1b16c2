import CNCurses

/// Allocates ncurses colour pairs lazily, one per distinct foreground/background combination,
/// because terminals have a limited number of pairs and themes use only a few dozen.
struct NCursesColorPairs {
    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private var pairLimit: Int32 = 0
    /// The colours in use: 0 without colour (NO_COLOR or a monochrome terminal), else 8, 16 or 256.
    private(set) var colorCount = 0
    private var hasDefaultColors = false

    /// No colours at all; used before the terminal is started.
    init() {}

    /// Initialises colour support for `mode`; must run after ncurses is started.
    init(mode: ColorMode) {
        guard mode != .none, has_colors() else { return }
        _ = start_color()
        hasDefaultColors = use_default_colors() == OK
        let available = Int(cn_colors())
        // Direct-colour terminals report millions of "colours" but their indices are RGB values; stay in the 256 palette.
        colorCount = mode == .basic ? min(available, 16) : min(available, 256)
        pairLimit = min(cn_color_pairs(), Int32(Int16.max))
    }

    /// Forgets every pair so a new theme starts from scratch.
    mutating func reset() {
        pairs = [:]
        nextPair = 1
    }

    /// The attributes and pair that show `style`; pair 0 (the terminal default) when colours are off or exhausted.
    mutating func look(for style: Style) -> NCursesLook {
        NCursesLook(attributes: NCursesColorPairs.attributes(style.attributes), pair: pair(for: style))
    }

    private mutating func pair(for style: Style) -> Int16 {
        guard colorCount > 0 else { return 0 }
        var foreground = style.foreground.paletteIndex(colorCount: colorCount)
        var background = style.background.paletteIndex(colorCount: colorCount)
        if !hasDefaultColors {
            // Without default-colour support -1 is invalid; white on black is what pair 0 shows.
            if foreground < 0 { foreground = 7 }
            if background < 0 { background = 0 }
        }
        if foreground < 0, background < 0 { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        guard nextPair < pairLimit else { return 0 }
        let number = Int16(nextPair)
        guard init_pair(number, foreground, background) == OK else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }

    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = CN_WA_NORMAL
        if attributes.contains(.bold) { result |= CN_WA_BOLD }
        if attributes.contains(.dim) { result |= CN_WA_DIM }
        if attributes.contains(.italic) { result |= CN_WA_ITALIC }
        if attributes.contains(.underline) { result |= CN_WA_UNDERLINE }
        if attributes.contains(.reverse) { result |= CN_WA_REVERSE }
        return result
    }
}
