/// Making untrusted strings safe and measurable for a character grid.
///
/// Everything drawn on a terminal may come from a remote API, so it is sanitised: control bytes could
/// move the cursor, recolour or clear the screen, and bidi or invisible characters could make text
/// look different from what it is.
public enum TerminalText {
    /// Makes any string safe to draw: C0 controls and DEL become caret notation ("^[", "^G", "^J"),
    /// C1, bidi, zero-width and other invisible format characters become "<U+XXXX>"; ZWJ and
    /// variation selectors inside a grapheme cluster are kept so emoji sequences survive.
    public static func sanitize(_ s: String) -> String {
        if isPlainPrintableASCII(s) { return s }
        var result = ""
        result.reserveCapacity(s.utf8.count)
        for segment in sanitizedSegments(s) {
            result += segment.text
        }
        return result
    }

    /// Spans of the sanitised output telling which parts are markers, so they can be drawn distinctly.
    ///
    /// Adjacent plain text is merged into one span; every marker is its own span.
    public static func sanitizedSegments(_ s: String) -> [(text: String, isMarker: Bool)] {
        if isPlainPrintableASCII(s) { return s.isEmpty ? [] : [(s, false)] }
        var segments: [(text: String, isMarker: Bool)] = []
        var pending = ""
        func flushPending() {
            if !pending.isEmpty {
                segments.append((pending, false))
                pending = ""
            }
        }
        for character in s {
            let scalars = character.unicodeScalars
            let isEmojiCluster = scalars.first.map(isEmojiBase) ?? false
            var isFirst = true
            var keptText = String.UnicodeScalarView()
            for scalar in scalars {
                if let marker = marker(for: scalar, isFirstInCluster: isFirst, inEmojiCluster: isEmojiCluster) {
                    if !keptText.isEmpty {
                        pending += String(keptText)
                        keptText = String.UnicodeScalarView()
                    }
                    flushPending()
                    segments.append((marker, true))
                } else {
                    keptText.append(scalar)
                }
                isFirst = false
            }
            if !keptText.isEmpty {
                pending += String(keptText)
            }
        }
        flushPending()
        return segments
    }

    /// The replacement for a scalar that must not reach the terminal, or nil when it is safe.
    static func marker(for scalar: Unicode.Scalar, isFirstInCluster: Bool, inEmojiCluster: Bool) -> String? {
        let value = scalar.value
        if value < 0x20 { return "^" + String(Unicode.Scalar(UInt8(value + 0x40))) }
        if value == 0x7F { return "^?" }
        if value < 0x7F { return nil }
        if (0x80...0x9F).contains(value) { return codePointMarker(value) }
        switch value {
        case 0x200C, 0x200D:
            // ZWNJ/ZWJ shape emoji sequences and Indic scripts, but alone they are invisible.
            return isFirstInCluster ? codePointMarker(value) : nil
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF:
            return isFirstInCluster ? codePointMarker(value) : nil
        case 0xE0020...0xE007F:
            // Tag characters spell out subdivision flags (🏴 + tags) and are only legitimate there.
            return inEmojiCluster && !isFirstInCluster ? nil : codePointMarker(value)
        case 0x2028, 0x2029:
            return codePointMarker(value)
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .format, .control, .lineSeparator, .paragraphSeparator, .surrogate:
            return codePointMarker(value)
        default:
            return nil
        }
    }

    /// "<U+XXXX>" with at least four upper-case hex digits.
    static func codePointMarker(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// Whether a cluster starting with `scalar` is an emoji sequence that may carry ZWJ, VS16 and tags.
    static func isEmojiBase(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isEmoji && scalar.value > 0x7F
    }

    /// Fast path: printable ASCII needs neither sanitising nor width tables.
    static func isPlainPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
