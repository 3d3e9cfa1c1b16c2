import CNCurses

/// The wide characters ncurses is given for a cell, and how many columns ncurses thinks they take.
///
/// Only the base character and its combining marks are sent: terminals disagree wildly on how wide
/// ZWJ sequences and skin-tone modifiers are, and a disagreement shifts the rest of the row.
struct NCursesGlyph {
    var characters: [wchar_t]
    var width: Int

    init(cell: Cell, utf8: Bool) {
        let scalars = cell.text.unicodeScalars
        guard let first = scalars.first, first.value >= 0x20, first.value != 0x7F else {
            self.init(ascii: " ")
            return
        }
        guard utf8 else {
            self.init(ascii: NCursesGlyph.asciiFallback(for: first))
            return
        }
        let libcWidth = Int(cn_wcwidth(wchar_t(bitPattern: first.value)))
        // A character libc does not know, thinks is a combining mark, or thinks is wider than the canvas
        // allowed would shift the rest of the row in ncurses' screen model.
        if libcWidth <= 0 || libcWidth > max(1, cell.width) {
            self.init(ascii: "?")
            return
        }
        // When libc thinks the base is narrow but the canvas reserved two columns (❤ + VS16), VS16 is dropped:
        // some terminals would widen the heart, others not, while the backend pads with a space either way.
        let keepsEmojiPresentation = libcWidth >= cell.width
        var characters: [wchar_t] = [wchar_t(bitPattern: first.value)]
        for scalar in scalars.dropFirst()
        where characters.count < 4 && NCursesGlyph.travelsWithBase(scalar, base: first) {
            if scalar.value == 0xFE0F, !keepsEmojiPresentation { continue }
            characters.append(wchar_t(bitPattern: scalar.value))
        }
        self.init(characters: characters, width: max(1, libcWidth))
    }

    private init(characters: [wchar_t], width: Int) {
        self.characters = characters
        self.width = width
    }

    private init(ascii: Character) {
        self.init(characters: [wchar_t(ascii.unicodeScalars.first?.value ?? 0x3F)], width: 1)
    }

    /// Combining marks, variation selectors and the second regional indicator of a flag.
    private static func travelsWithBase(_ scalar: Unicode.Scalar, base: Unicode.Scalar) -> Bool {
        if (0xFE00...0xFE0F).contains(scalar.value) { return true }
        if (0x1F1E6...0x1F1FF).contains(base.value), (0x1F1E6...0x1F1FF).contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark:
            return true
        default:
            return false
        }
    }

    /// ASCII stand-ins for a terminal whose locale cannot show Unicode: box drawing keeps its shape.
    static func asciiFallback(for scalar: Unicode.Scalar) -> Character {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return Character(scalar) }
        switch value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x2550, 0x254C, 0x254D, 0x2574, 0x2576, 0x2578, 0x257A:
            return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x2551, 0x254E, 0x254F, 0x2575, 0x2577, 0x2579, 0x257B:
            return "|"
        case 0x2500...0x257F:
            return "+"
        case 0x2026:
            return "."
        case 0x2190: return "<"
        case 0x2192: return ">"
        case 0x2191: return "^"
        case 0x2193: return "v"
        case 0x00A0: return " "
        default:
            return "?"
        }
    }
}
