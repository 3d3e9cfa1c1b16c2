/// A number as HubSpot reads a `number` property: decimal notation only (`12`, `-3.5`, `.5`, `1e3`). Swift's
/// `Double(_:)` also reads `0x1p3`, `inf` and `nan`, which HubSpot refuses; the sandbox and the editor must too.
public enum DecimalNumber {
    /// The finite value `text` writes in decimal notation, or `nil`.
    public static func parse(_ text: String) -> Double? {
        guard isDecimal(text), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Whether `text` is `[+-]digits[.digits][e[+-]digits]` (digits on at least one side of the point).
    static func isDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { isDigit($0) }.count
        bytes = bytes.dropFirst(whole)
        var fraction = 0
        if bytes.first == 0x2E {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix { isDigit($0) }.count
            bytes = bytes.dropFirst(fraction)
        }
        guard whole + fraction > 0 else { return false }
        if let marker = bytes.first, marker == 0x65 || marker == 0x45 {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == 0x2B || sign == 0x2D { bytes = bytes.dropFirst() }
            let exponent = bytes.prefix { isDigit($0) }.count
            guard exponent > 0 else { return false }
            bytes = bytes.dropFirst(exponent)
        }
        return bytes.isEmpty
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
