@testable import Sandbox

/// One fuzz input in the making: its generator, and its seed for the message that lets a failure be replayed.
struct FuzzCase {
    /// The generator for this input; the same seed always makes the same input.
    var random: SeededRandom
    /// The seed that reproduces this input (`SPOKE_FUZZ_REPLAY`).
    let seed: UInt64
    /// The fuzz test's name, for the replay command.
    let testName: String

    /// Creates the case for `seed`.
    init(seed: UInt64, testName: String) {
        random = SeededRandom(seed: seed)
        self.seed = seed
        self.testName = testName
    }

    /// Prints the input when replaying, before it runs: a crash leaves no other trace of it.
    func show(_ input: [UInt8]) {
        guard FuzzSettings.current.replaySeed != nil else { return }
        print(
            "replaying input seed \(seed) of \"\(testName)\" (\(input.count) bytes): \(InputPreview.escaped(input, limit: 20_000))"
        )
    }

    /// A failure message with the replay command and a readable excerpt of the input.
    func failure(_ message: String, input: [UInt8]) -> String {
        "\(message)\n  input (\(input.count) bytes): \(InputPreview.escaped(input))\n  replay: "
            + "SPOKE_FUZZ_REPLAY=\(seed) swift test --filter FuzzTests  (test \"\(testName)\")"
    }
}
