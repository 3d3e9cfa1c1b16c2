/// An off-screen grid of cells that widgets draw into and backends put on screen.
///
/// Out-of-range reads return a blank and out-of-range writes are ignored, so layout arithmetic
/// that overshoots at tiny terminal sizes degrades to missing content instead of a crash.
public struct Canvas: Sendable, Equatable {
    /// Columns and rows.
    public let size: Size
    /// Row-major cells.
    private(set) var cells: [Cell]

    /// Creates a canvas filled with spaces in `role`.
    public init(size: Size, role: StyleRole = .text) {
        self.size = size
        self.cells = Array(repeating: .blank(role: role), count: size.width * size.height)
    }

    /// The whole canvas as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The cell at column `x`, row `y`; setting repairs any wide character it cuts in half.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard let index = index(x: x, y: y) else { return .blank }
            return cells[index]
        }
        set {
            guard index(x: x, y: y) != nil else { return }
            if newValue.width == 0 {
                breakWideCharacter(atColumn: x, row: y)
                cells[y * size.width + x] = newValue
            } else {
                place(newValue, x: x, y: y)
            }
        }
    }

    /// Blanks every cell of `rect` (clipped to the canvas) with spaces in `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let blank = Cell.blank(role: role)
        for y in area.y..<area.maxY {
            breakWideCharacter(atColumn: area.x, row: y)
            breakWideCharacter(atColumn: area.maxX - 1, row: y)
            let start = y * size.width
            for x in area.x..<area.maxX {
                cells[start + x] = blank
            }
        }
    }

    /// One string per row with continuation halves omitted and trailing spaces trimmed, for tests and dumps.
    public var textLines: [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = cells[y * size.width + x]
                if cell.width > 0 { line += cell.text }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    func index(x: Int, y: Int) -> Int? {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return nil }
        return y * size.width + x
    }

    /// Stores `cell` at (x, y), adding the continuation half for wide cells; a wide cell
    /// that would not fit before the row's end becomes a space.
    mutating func place(_ cell: Cell, x: Int, y: Int) {
        guard index(x: x, y: y) != nil else { return }
        let start = y * size.width
        breakWideCharacter(atColumn: x, row: y)
        if cell.width >= 2 {
            guard x + 1 < size.width else {
                cells[start + x] = .blank(role: cell.role)
                return
            }
            breakWideCharacter(atColumn: x + 1, row: y)
            cells[start + x] = cell
            cells[start + x + 1] = .continuation(role: cell.role)
        } else {
            cells[start + x] = cell
        }
    }

    /// Before column x is overwritten, turns the other half of any wide character covering it into a space,
    /// so no half-character is ever left behind for the backend to draw.
    private mutating func breakWideCharacter(atColumn x: Int, row y: Int) {
        guard let i = index(x: x, y: y) else { return }
        let start = y * size.width
        let current = cells[i]
        if current.width == 0, x > 0, cells[start + x - 1].width == 2 {
            cells[start + x - 1] = .blank(role: cells[start + x - 1].role)
        }
        if current.width == 2, x + 1 < size.width, cells[start + x + 1].width == 0 {
            cells[start + x + 1] = .blank(role: current.role)
        }
    }
}
