import Foundation
import Testing

@testable import Sandbox

extension Fuzzing {
    @Suite("Response bodies: every type the client decodes, mutated and as noise")
    struct ResponseDecoding {
        @Test("the corpus holds a real body of every response type, and each decodes as its type")
        func corpusCoversEveryType() async throws {
            let samples = try await CorpusSandbox.shared.samples()
            for (index, target) in ResponseTarget.all.enumerated() {
                let bodies = samples.filter { $0.target == index }
                #expect(!bodies.isEmpty, "the sandbox gave no \(target.name) body")
                for sample in bodies {
                    #expect(
                        (200...299).contains(sample.status) != target.isErrorBody,
                        "\(target.name) came with \(sample.status)")
                    #expect(throws: Never.self, "\(target.name)") { try target.decode(sample.body) }
                }
            }
        }

        @Test("structure-aware mutations decode to a value or throw a DecodingError, in bounded time")
        func mutatedBodies() async throws {
            let samples = try await CorpusSandbox.shared.samples()
            let stats = await FuzzLoop(name: "decode mutated bodies").run { fuzzCase in
                let sample = fuzzCase.random.pick(samples)
                let mutant = JSONMutator.mutate(sample.document, &fuzzCase.random)
                return Self.decode(mutant.bytes, as: ResponseTarget.all[sample.target], fuzzCase, steps: mutant.steps)
            }
            if !FuzzSettings.current.isShortRun {
                #expect(
                    stats.outcomes["ok: decoded", default: 0] > 0, "no mutant decoded: the mutator only makes noise")
                #expect(stats.errorKinds.count >= 3, "too few kinds of error: \(stats.errorKinds)")
            }
        }

        @Test("random bytes decode to a value or throw a DecodingError, in bounded time")
        func randomBytes() async throws {
            await FuzzLoop(name: "decode random bytes").run { fuzzCase in
                let target = fuzzCase.random.pick(ResponseTarget.all)
                let noise = ByteMutator.noise(alphabet: JSONMutator.alphabet, &fuzzCase.random)
                return Self.decode(noise, as: target, fuzzCase, steps: ["noise"])
            }
        }

        /// Decodes `bytes` as `target`; anything thrown but a `DecodingError` is a broken promise.
        private static func decode(_ bytes: [UInt8], as target: ResponseTarget, _ fuzzCase: FuzzCase, steps: [String])
            -> String
        {
            fuzzCase.show(bytes)
            do {
                try target.decode(Data(bytes))
                return "ok: decoded"
            } catch let error as DecodingError {
                return "error: " + DecodingErrorKind.of(error)
            } catch {
                Issue.record(
                    Comment(
                        rawValue: fuzzCase.failure(
                            "\(target.name) threw \(type(of: error)) rather than a DecodingError: \(error) (after \(steps))",
                            input: bytes)))
                return "error: not a DecodingError"
            }
        }
    }
}
