import TerminalUI

/// The frame drawn while the browser waits for the server before it can start: the product's name and what is
/// waited for, so a slow or silent server is never a blank terminal.
enum ConnectingFrame {
    /// A `size` canvas saying `waitingFor` in the middle of the screen.
    static func render(_ waitingFor: String, size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        let middle = max(0, size.height / 2 - 1)
        canvas.write("spoke", in: Rect(x: 0, y: middle, width: size.width, height: 1), role: "text", alignment: .center)
        canvas.write(
            waitingFor, in: Rect(x: 0, y: middle + 1, width: size.width, height: 1), role: "text.dim",
            alignment: .center)
        canvas.write(
            "Ctrl-c quits", in: Rect(x: 0, y: middle + 2, width: size.width, height: 1), role: "text.dim",
            alignment: .center)
        return canvas
    }
}
