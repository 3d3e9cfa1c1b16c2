import Testing

@testable import Sandbox

/// Drives one fuzz test: a deterministic seed per input, a time or count budget, timing of every input,
/// and the figures printed at the end.
struct FuzzLoop {
    /// The test's name, for the figures and replay commands.
    let name: String
    /// Budget and seeds.
    var settings = FuzzSettings.current

    /// Runs `body` once per input until the budget is spent; `body` names each input's outcome
    /// (starting with "ok" when the input was accepted) and records issues for broken promises.
    @discardableResult
    func run(_ body: (inout FuzzCase) async throws -> String) async rethrows -> FuzzStats {
        var stats = FuzzStats(name: name)
        // The same base seed and name give the same inputs on any machine.
        var seeds = SeededRandom(seed: settings.baseSeed ^ Self.stableHash(name))
        let clock = ContinuousClock()
        let start = clock.now
        CrashWitness.begin(name, hangLimit: settings.hangLimit)
        defer { CrashWitness.end() }
        // One input, watched for a hang and timed.
        func timed(_ seed: UInt64) async throws -> (outcome: String, took: Duration) {
            var fuzzCase = FuzzCase(seed: seed, testName: name)
            CrashWitness.started(seed)
            defer { CrashWitness.finished() }
            let began = clock.now
            let outcome = try await body(&fuzzCase)
            return (outcome, clock.now - began)
        }
        while settings.shouldContinue(count: stats.inputs, elapsed: clock.now - start) {
            let seed = settings.replaySeed ?? seeds.next()
            let (outcome, took) = try await timed(seed)
            stats.record(outcome, took: took, seed: seed)
            // A slow input is slow every time; the machine stalling once (the whole suite on two cores has held a
            // loopback answer for 8 s) is not the input's doing. So an input over the limit is timed once more.
            if took > settings.slowInputLimit {
                let tookAgain = try await timed(seed).took
                if tookAgain > settings.slowInputLimit {
                    Issue.record(
                        Comment(
                            rawValue: "input seed \(seed) took \(took), then \(tookAgain), over "
                                + "\(settings.slowInputLimit); replay: SPOKE_FUZZ_REPLAY=\(seed) swift test "
                                + "--filter FuzzTests"))
                }
            }
        }
        stats.elapsed = clock.now - start
        print(stats.summary)
        #expect(stats.inputs > 0, "the budget allowed no input at all")
        return stats
    }

    /// FNV-1a of `text`; not `Hasher`, whose seed changes with every process.
    private static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
