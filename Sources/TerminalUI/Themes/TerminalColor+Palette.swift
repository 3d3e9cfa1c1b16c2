extension TerminalColor {
    /// The terminal colour number for a terminal with `colorCount` colours: -1 for the terminal default,
    /// the nearest xterm-256 entry with 256 or more colours, else the nearest basic colour.
    public func paletteIndex(colorCount: Int) -> Int16 {
        switch self {
        case .terminalDefault:
            return -1
        case .indexed(let index):
            if Int(index) < colorCount { return Int16(index) }
            let (r, g, b) = TerminalColor.xterm256RGB(index)
            return TerminalColor.rgb(r, g, b).paletteIndex(colorCount: colorCount)
        case .rgb(let r, let g, let b):
            if colorCount >= 256 { return Int16(TerminalColor.nearestXterm256(r, g, b)) }
            let basicCount = colorCount >= 16 ? 16 : 8
            return Int16(TerminalColor.nearest(r, g, b, among: 0..<basicCount))
        }
    }

    /// The six intensity levels of the xterm 6×6×6 colour cube.
    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// Typical xterm values of the 16 basic colours; terminals differ, but this is what "nearest" is judged by.
    private static let basicRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The RGB value of xterm palette entry `index`.
    static func xterm256RGB(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        let i = Int(index)
        if i < 16 {
            let (r, g, b) = basicRGB[i]
            return (UInt8(r), UInt8(g), UInt8(b))
        }
        if i < 232 {
            let cube = i - 16
            return (UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[cube / 6 % 6]), UInt8(cubeLevels[cube % 6]))
        }
        let gray = 8 + (i - 232) * 10
        return (UInt8(gray), UInt8(gray), UInt8(gray))
    }

    /// Nearest entry among the cube (16–231) and the gray ramp (232–255); the basic 16 are skipped
    /// because users redefine them, so they would not look like the requested colour.
    static func nearestXterm256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func nearestLevel(_ value: UInt8) -> Int {
            var best = 0
            for (i, level) in cubeLevels.enumerated() where abs(level - Int(value)) < abs(cubeLevels[best] - Int(value))
            {
                best = i
            }
            return best
        }
        let cubeIndex = 16 + 36 * nearestLevel(r) + 6 * nearestLevel(g) + nearestLevel(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grayStep = min(23, max(0, (average - 8 + 5) / 10))
        let grayIndex = 232 + grayStep
        let cubeDistance = distance(xterm256RGB(UInt8(cubeIndex)), (r, g, b))
        let grayDistance = distance(xterm256RGB(UInt8(grayIndex)), (r, g, b))
        return grayDistance < cubeDistance ? grayIndex : cubeIndex
    }

    /// Nearest of the basic colours in `range` by squared RGB distance.
    static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, among range: Range<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for i in range {
            let candidate = xterm256RGB(UInt8(i))
            let d = distance(candidate, (r, g, b))
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return best
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0)
        let dg = Int(a.1) - Int(b.1)
        let db = Int(a.2) - Int(b.2)
        // Weighted so that green differences, which the eye sees best, count most.
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }
}
