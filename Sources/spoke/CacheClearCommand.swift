import ArgumentParser
import CRMCache
import Foundation

/// `spoke cache clear`: deletes a portal's cached data after asking; refuses while changes wait unless --force.
struct CacheClearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear", abstract: "Delete a portal's cached data (asks first).")

    @OptionGroup var location: CacheLocationOptions

    @Flag(name: .long, help: "Also discard changes not yet sent.")
    var force = false

    @Flag(name: .long, help: "Do not ask (required when stdin is not a terminal).")
    var yes = false

    func run() throws {
        let key = try location.selectedKey()
        let cache = try location.open(key)
        let status = try cache.status()
        if status.pendingChanges > 0, !force {
            FileHandle.standardError.write(
                Data("spoke: \(CacheError.outboxNotEmpty(pending: status.pendingChanges))\n".utf8))
            throw ExitCode.failure
        }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw ValidationError("stdin is not a terminal: pass --yes to clear without asking")
            }
            let lost = status.pendingChanges > 0 ? " and discard \(status.pendingChanges) unsent changes" : ""
            print("Clear \(ByteText.format(status.sizeBytes)) of cached data for \(key)\(lost)? [y/N] ", terminator: "")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                print("Nothing cleared.")
                return
            }
        }
        try cache.clear(force: force)
        print("Cleared \(key).")
    }
}
