import Foundation
import SpokeTestSupport
import Testing

@testable import CRMCache

/// Kills a process that is queueing edits at random moments and checks nothing it reported saved was lost.
@Suite("Durability under SIGKILL")
struct DurabilityTests {
    @Test("Every edit reported saved survives SIGKILL, and the file stays sound")
    func killAtRandomPoints() async throws {
        let binary = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        var allSaved = Set<Int64>()
        let rounds = 5
        for round in 1...rounds {
            let output = directory.deletingLastPathComponent().appendingPathComponent("round-\(round).out").path
            let child = try ChildProcess.spawn(
                binary,
                [
                    "cache", "torture", "--cache-dir", directory.path,
                    "--count", "1000000",
                ], stdoutPath: output)
            // Round 1 kills at once, possibly inside file creation or the migration; the others wait until it
            // has saved something (bounded, for a loaded machine) and then let it run a random while longer.
            if round == 1 {
                try await Task.sleep(for: .milliseconds(Int.random(in: 0...30, using: &generator)))
            } else {
                var waited = 0
                while TortureLog.savedSeqs(in: output).isEmpty, waited < 5_000 {
                    try await Task.sleep(for: .milliseconds(10))
                    waited += 10
                }
                try await Task.sleep(for: .milliseconds(Int.random(in: 0...600, using: &generator)))
            }
            let status = await child.kill()
            #expect(status == 128 + SIGKILL, "round \(round): the child ended on its own (status \(status))")
            let saved = TortureLog.savedSeqs(in: output)
            if round > 1 { #expect(!saved.isEmpty, "round \(round): nothing was saved before the kill") }
            allSaved.formUnion(saved)

            let cache = try CRMCache(directory: directory, portalKey: "torture")
            #expect(try cache.integrityCheck() == "ok")
            let entries = try cache.pendingChanges()
            let present = Set(entries.map(\.seq))
            let lost = allSaved.subtracting(present)
            #expect(lost.isEmpty, "round \(round): \(lost.count) saved edits lost, e.g. \(lost.sorted().prefix(5))")
            // The record and its outbox entry commit together: the record shows the last queued edit.
            if case .update(_, _, let properties, _)? = entries.last?.change {
                #expect(
                    try cache.record(typeID: "0-1", id: "1")?.record[property: "firstname"] == properties["firstname"])
            }
        }
        print("durability: \(rounds) rounds killed with SIGKILL, \(allSaved.count) edits reported saved, all found")
    }
}
