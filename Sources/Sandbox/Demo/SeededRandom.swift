/// A SplitMix64 generator: tiny, fast, and identical on every platform, so a seed always
/// reproduces the same demo portal (Swift's own `random(in:using:)` algorithms may change).
struct SeededRandom: Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`; the modulo bias is negligible for the small ranges used here.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// A value in `0..<count`.
    mutating func index(_ count: Int) -> Int {
        precondition(count > 0, "cannot pick from an empty collection")
        return Int(next() % UInt64(count))
    }

    /// A fraction in `[0, 1)` built from the top 53 bits.
    mutating func fraction() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        fraction() < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[index(items.count)]
    }

    /// Picks by weight, e.g. more open deals than closed ones.
    mutating func pick<T>(weighted items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = int(in: 0...(total - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }
}
