extension TerminalText {
    /// Columns the string occupies on a terminal; meant for already sanitised strings (controls count 0).
    ///
    /// Independent of the locale and libc so layouts are identical everywhere and testable.
    public static func displayWidth(_ s: String) -> Int {
        if isPlainPrintableASCII(s) { return s.utf8.count }
        var total = 0
        for character in s {
            total += graphemeWidth(character)
        }
        return total
    }

    /// Columns one grapheme cluster occupies: 0, 1 or 2, decided by its first scalar
    /// (a base emoji followed by VS16 counts 2; combining marks add nothing).
    public static func graphemeWidth(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F, scalars.count == 1 { return first.value < 0x20 ? 0 : 1 }
        let base = scalarWidth(first)
        if base == 2 || base == 0 { return base }
        if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji {
            return 2
        }
        return base
    }

    /// Columns of a single scalar out of context: 0 for marks, format and control characters, 2 for wide ones.
    public static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if value < 0x300 { return value == 0xAD ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        // Hangul medial vowels and final consonants only ever appear joined to a leading consonant.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if value == 0x200B { return 0 }
        if WideCharacterTable.contains(value) { return 2 }
        if value >= 0x1F000, scalar.properties.isEmojiPresentation { return 2 }
        if value >= 0x2300, value < 0x2C00, scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }
}
