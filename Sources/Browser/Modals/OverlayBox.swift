import TerminalUI

/// The box every overlay draws in: centred, below the header, cleared, with a focused border and title.
enum OverlayBox {
    /// Draws the box (`width` × `height`, clipped to the screen) and returns the area inside its border.
    static func draw(into canvas: inout Canvas, width: Int, height: Int, title: String) -> Rect {
        let rect = Rect(
            x: (canvas.size.width - width) / 2, y: max(1, (canvas.size.height - height) / 2),
            width: width, height: height)
        canvas.fill(rect, role: "text")
        canvas.drawBox(rect, role: "border.focused", title: TerminalText.sanitize(title), titleRole: "title.focused")
        return rect.inset(by: 1)
    }
}
