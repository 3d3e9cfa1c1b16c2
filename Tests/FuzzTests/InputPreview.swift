/// Shows a fuzz input in a failure message: printable ASCII as is, everything else escaped, long inputs cut.
enum InputPreview {
    /// `bytes` as escaped ASCII, at most `limit` bytes of it.
    static func escaped(_ bytes: [UInt8], limit: Int = 600) -> String {
        var text = ""
        for byte in bytes.prefix(limit) {
            switch byte {
            case 0x5C: text += "\\\\"
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x09: text += "\\t"
            case 0x20..<0x7F: text.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16)
                text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return bytes.count > limit ? text + "… (\(bytes.count - limit) more bytes)" : text
    }
}
