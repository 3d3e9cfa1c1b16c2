extension TerminalText {
    /// Shortens `s` to at most `toWidth` columns, ending in `ellipsis` when something was cut.
    ///
    /// The input is sanitised first so the result's width is exactly what a canvas will draw.
    public static func truncate(_ s: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let safe = sanitize(s)
        if displayWidth(safe) <= width { return safe }
        let safeEllipsis = sanitize(ellipsis)
        let ellipsisWidth = displayWidth(safeEllipsis)
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in safe {
            let characterWidth = graphemeWidth(character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        if ellipsisWidth <= width {
            result += safeEllipsis
        }
        return result
    }

    /// Truncates or pads `s` with spaces to exactly `toWidth` columns.
    public static func pad(_ s: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(s, toWidth: width)
        let spare = width - displayWidth(fitted)
        guard spare > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: spare)
        case .right:
            return String(repeating: " ", count: spare) + fitted
        case .center:
            let leading = spare / 2
            return String(repeating: " ", count: leading) + fitted + String(repeating: " ", count: spare - leading)
        }
    }
}
