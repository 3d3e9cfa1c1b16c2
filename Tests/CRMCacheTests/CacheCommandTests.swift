import Foundation
import SpokeTestSupport
import Testing

/// `spoke cache …` as a person runs it, through the built binary.
@Suite("spoke cache commands")
struct CacheCommandTests {
    @Test("clear refuses with unsent changes, needs --yes without a terminal, then empties the cache")
    func clearFlow() async throws {
        let spoke = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let dir = ["--cache-dir", directory.path]

        let torture = try await ChildProcess.run(spoke, ["cache", "torture", "--count", "3"] + dir)
        #expect(torture.status == 0 && torture.output == "saved 1\nsaved 2\nsaved 3\n")
        let status = try await ChildProcess.run(spoke, ["cache", "status"] + dir)
        #expect(status.status == 0)
        #expect(status.output.contains("Contacts") && status.output.contains("3 pending"))
        let outbox = try await ChildProcess.run(spoke, ["cache", "outbox"] + dir)
        #expect(outbox.output.split(separator: "\n").filter { $0.contains("update 0-1/1 firstname") }.count == 3)

        let refused = try await ChildProcess.run(spoke, ["cache", "clear"] + dir)
        #expect(refused.status != 0 && refused.output.contains("3 unsent changes"))
        let notATerminal = try await ChildProcess.run(spoke, ["cache", "clear", "--force"] + dir)
        #expect(notATerminal.status != 0 && notATerminal.output.contains("pass --yes"))
        let cleared = try await ChildProcess.run(spoke, ["cache", "clear", "--force", "--yes"] + dir)
        #expect(cleared.status == 0 && cleared.output.contains("Cleared torture"))
        let after = try await ChildProcess.run(spoke, ["cache", "status"] + dir)
        #expect(after.output.contains("0 pending") && !after.output.contains("Contacts"))
    }
}
