extension TableLayout {
    /// Lays one table row out as spans: each cell padded or truncated to its column width, columns
    /// separated by `separator` spaces, cells beyond `widths.count` (dropped columns) left out.
    ///
    /// Pads with spaces so a row drawn over a highlighted background stays highlighted between columns.
    public static func spans(
        for cells: [TextSpan],
        widths: [Int],
        separator: Int = 1,
        alignments: [TextAlignment] = []
    ) -> [TextSpan] {
        var result: [TextSpan] = []
        for (index, width) in widths.enumerated() where index < cells.count {
            let cell = cells[index]
            if index > 0, separator > 0 {
                result.append(TextSpan(text: String(repeating: " ", count: separator), role: cell.role))
            }
            let alignment = index < alignments.count ? alignments[index] : .left
            result.append(
                TextSpan(text: TerminalText.pad(cell.text, toWidth: width, alignment: alignment), role: cell.role))
        }
        return result
    }
}
