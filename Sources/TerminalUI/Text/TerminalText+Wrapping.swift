extension TerminalText {
    /// Breaks `s` into lines of at most `width` columns at spaces; a word longer than a line is cut where the
    /// line ends. Sanitised first, like `truncate`, so each line's width is what a canvas draws.
    public static func wrap(_ s: String, toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in sanitize(s).split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if displayWidth(candidate) <= width {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            var rest = word
            // A word wider than the line (a long URL) is cut into line-wide pieces.
            while displayWidth(rest) > width {
                let piece = truncate(rest, toWidth: width, ellipsis: "")
                lines.append(piece)
                rest = String(rest.dropFirst(piece.count))
            }
            line = rest
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
