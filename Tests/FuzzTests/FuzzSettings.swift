import Foundation

/// How long and from which seed the fuzz tests run; read from the environment so CI's short run and a long
/// local run are the same code.
///
/// - `SPOKE_FUZZ_SECONDS`: wall-clock budget of each fuzz test (default 3).
/// - `SPOKE_FUZZ_ITERATIONS`: a fixed number of inputs per test instead of the time budget.
/// - `SPOKE_FUZZ_SEED`: the base seed every input seed derives from.
/// - `SPOKE_FUZZ_REPLAY`: run exactly this input seed (as a failure prints it) once in each test.
/// - `SPOKE_FUZZ_HANG_SECONDS`: one input running this long aborts the run, naming its seed (default 60).
struct FuzzSettings: Sendable {
    /// Wall-clock budget of each fuzz test.
    var budget: Duration
    /// A fixed number of inputs per test, when given; it replaces the time budget.
    var iterations: Int?
    /// The base seed; fixed by default so CI runs the same inputs every time.
    var baseSeed: UInt64
    /// The one input seed to replay, when given.
    var replaySeed: UInt64?
    /// One input taking longer than this is a test failure: bad input must fail fast, not slowly.
    var slowInputLimit: Duration = .seconds(5)
    /// One input taking longer than this is a hang: the watchdog names it and aborts.
    var hangLimit: Duration

    /// The settings of this test process.
    static let current = FuzzSettings(environment: ProcessInfo.processInfo.environment)

    /// Reads the `SPOKE_FUZZ_*` variables; anything unparsable falls back to the default.
    init(environment: [String: String]) {
        let seconds = environment["SPOKE_FUZZ_SECONDS"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 3
        budget = .milliseconds(Int64(seconds * 1000))
        iterations = environment["SPOKE_FUZZ_ITERATIONS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
        baseSeed = environment["SPOKE_FUZZ_SEED"].flatMap(Self.parseSeed) ?? 0x5B0C_E5EE_D000_0007
        replaySeed = environment["SPOKE_FUZZ_REPLAY"].flatMap(Self.parseSeed)
        let hang = environment["SPOKE_FUZZ_HANG_SECONDS"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 60
        hangLimit = .milliseconds(Int64(hang * 1000))
    }

    /// Whether another input should run after `count` inputs and `elapsed` time.
    func shouldContinue(count: Int, elapsed: Duration) -> Bool {
        if replaySeed != nil { return count < 1 }
        if let iterations { return count < iterations }
        return elapsed < budget
    }

    /// Whether this run is a replay or too short for checks that need many inputs (e.g. "some inputs decoded").
    var isShortRun: Bool {
        replaySeed != nil || (iterations ?? Int.max) < 200
    }

    /// A seed written in decimal or as `0x…` hex.
    static func parseSeed(_ text: String) -> UInt64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("0x") { return UInt64(trimmed.dropFirst(2), radix: 16) }
        return UInt64(trimmed)
    }
}
