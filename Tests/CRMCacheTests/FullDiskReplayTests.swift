import Foundation
import GRDB
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@testable import CRMCache

/// Issue 15, item 2: a create the server answered with 201 whose answer could not be recorded because the
/// disk was full. The entry is never sent again blindly: the next replay finds the record and adopts it.
@Suite("A full disk after a 201")
struct FullDiskReplayTests {
    @Test(
        "the COMMIT after a 201 fails on a full disk; the entry stays claimed, and replay adopts the record",
        .enabled(if: SmallDisk.canMount, "mounting a small filesystem needs root"))
    func commitFailsAfterCreated() async throws {
        let disk = try #require(SmallDisk(), "could not mount a tmpfs")
        defer { disk.remove() }
        let point = disk.root
        let portal = Portal(seed: 42)
        try await withSandbox(portal: portal) { server in
            let cache = try CRMCache(directory: point.appendingPathComponent("cache"), portalKey: "portal-1")
            let name = "Full Disk \(UUID().uuidString.prefix(6))"
            try cache.enqueue(
                .create(
                    typeID: "0-2", temporaryID: PendingChange.makeTemporaryID(), properties: ["name": name],
                    associations: []))
            let client = HubSpotClient(
                baseURL: server.baseURL, credentials: nil,
                observer: { event in
                    // The disk fills between the server's 201 and the transaction that records it, just after
                    // a checkpoint emptied the WAL (as one does routinely), so recording it needs new blocks.
                    if case .response(.post, _, 201, _, _) = event {
                        _ = try? cache.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
                        disk.fill()
                    }
                })
            let made = { portal.records(of: "0-2").filter { $0.properties["name"] == name } }

            // The replay lock cannot be given back on a full disk either: a short lease lets the next replay in.
            var replayer = OutboxReplayer(cache: cache, client: client)
            replayer.lease = 1
            let first = await replayer.replay()
            guard case .failed(_, let message) = first.stop else {
                Issue.record("the answer was recorded on a full disk: \(first.stop)")
                return
            }
            #expect(message.contains("full"), "not a full-disk failure: \(message)")
            #expect(made().count == 1)
            #expect(try cache.pendingChanges().map(\.state) == [.sending], "claimed, outcome not recorded")

            // Room again. The next replays look for the record instead of POSTing it a second time.
            disk.empty()
            try await Task.sleep(for: .milliseconds(1_200))
            var stops: [ReplayReport.Stop] = []
            for _ in 0..<3 {
                stops.append(await OutboxReplayer(cache: cache, client: client, searchSettle: 0).replay().stop)
            }
            #expect(made().count == 1, "\(made().count) companies: the create was sent again")
            #expect(try cache.pendingCount() == 0, "found and adopted: \(stops)")
            let id = try #require(made().first?.id)
            #expect(try cache.record(typeID: "0-2", id: id)?.isLocalOnly == false)
        }
    }
}
