/// Byte counts as people read them.
enum ByteText {
    /// `812 KB`, `3.4 MB`.
    static func format(_ bytes: Int64) -> String {
        if bytes < 1024 * 1024 { return "\((bytes + 1023) / 1024) KB" }
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
