import ArgumentParser
import CRMCache
import Foundation
import HubSpot

/// `spoke cache torture`: queues edits one by one, printing `saved <seq>` after each commit. The durability
/// test kills it at random moments and checks that every reported edit survived.
struct CacheTortureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "torture", abstract: "Queue edits one by one for the durability test.", shouldDisplay: false)

    @Option(name: .long, help: "The cache folder.")
    var cacheDir: String

    @Option(name: .long, help: "How many edits to queue.")
    var count: Int = 1_000

    func run() throws {
        let cache = try CRMCache(directory: URL(fileURLWithPath: cacheDir), portalKey: "torture")
        if try cache.record(typeID: "0-1", id: "1") == nil {
            let epoch = Date(timeIntervalSince1970: 0)
            try cache.store(
                [CRMRecord(id: "1", properties: ["firstname": "start"], createdAt: epoch, updatedAt: epoch)],
                typeID: "0-1")
        }
        for index in 0..<count {
            let seq = try cache.enqueue(
                .update(
                    typeID: "0-1", id: "1", properties: ["firstname": "edit-\(index)"],
                    baseUpdatedAt: nil))
            // write(2), unbuffered: the line exists only once the transaction has committed.
            let line = Array("saved \(seq)\n".utf8)
            _ = line.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
    }
}
