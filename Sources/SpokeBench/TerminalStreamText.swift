/// The printable text in bytes written to a terminal, for finding words in a full repaint.
enum TerminalStreamText {
    /// Drops control sequences (CSI, OSC, charset designations, lone controls) and expands REP
    /// (`ESC [ n b`, which ncurses uses for runs of one character), keeping the characters in the
    /// order they were sent. Only a full repaint reads as the screen's lines this way: a partial
    /// update sends changed cells alone.
    static func plain(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        var lastCharacter: ArraySlice<UInt8> = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 1 < bytes.count {
                index = skipEscape(bytes, from: index, text: &text, lastCharacter: lastCharacter)
                continue
            }
            if byte < 0x20 || byte == 0x7F {
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            lastCharacter = bytes[index..<min(bytes.count, index + length)]
            text += lastCharacter
            index += length
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Skips the escape sequence at `start` and returns the index after it; a REP appends its repeats.
    private static func skipEscape(
        _ bytes: [UInt8], from start: Int, text: inout [UInt8], lastCharacter: ArraySlice<UInt8>
    ) -> Int {
        var index = start + 1
        switch bytes[index] {
        case UInt8(ascii: "["):
            index += 1
            let parameters = index
            while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "b"),
                let count = Int(String(decoding: bytes[parameters..<index], as: UTF8.self))
            {
                for _ in 0..<count { text += lastCharacter }
            }
            return index + 1
        case UInt8(ascii: "]"):
            // OSC runs to BEL or to ST (ESC \).
            while index < bytes.count, bytes[index] != 0x07, !(bytes[index] == 0x1B && index + 1 < bytes.count) {
                index += 1
            }
            return index < bytes.count && bytes[index] == 0x1B ? index + 2 : index + 1
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "#"):
            return index + 2
        default:
            return index + 1
        }
    }
}
