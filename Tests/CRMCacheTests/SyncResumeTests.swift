import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@testable import CRMCache

@Suite("Syncing whole types")
struct SyncResumeTests {
    @Test("a sync cut short resumes at its checkpoint and ends with every record, counting against the total")
    func resumesWhereItStopped() async throws {
        try await CacheTestSupport.withCache { cache, _ in
            try await withSandbox { server in
                let client = HubSpotClient(baseURL: server.baseURL, credentials: nil)
                let syncer = CacheSyncer(cache: cache, client: client)
                // An interrupted run: one page stored, a checkpoint left.
                #expect(try await syncer.refresh(typeID: "0-1", maxPages: 1) == 100)
                #expect(
                    try cache.document(
                        kind: CacheSyncer.checkpointKind, key: "0-1",
                        as: CacheSyncer.Checkpoint.self)?.value.nextPage == 1)

                var reports: [CacheSyncer.Progress] = []
                let stored = try await syncer.refresh(typeID: "0-1") { reports.append($0) }
                #expect(stored == 300)
                #expect(reports.first?.resumed == true && reports.first?.stored == 100)
                #expect(reports.last?.total == 300)
                #expect(reports.map(\.stored) == reports.map(\.stored).sorted(), "progress went backwards")
                #expect(
                    try cache.document(
                        kind: CacheSyncer.checkpointKind, key: "0-1",
                        as: CacheSyncer.Checkpoint.self) == nil, "a finished sync keeps no checkpoint")
                let key = CacheSyncer.queryKey(for: CacheSyncer.defaultQuery(typeID: "0-1"))
                let ids = try (0..<3).flatMap {
                    try cache.listPage(typeID: "0-1", queryKey: key, pageIndex: $0)?.records ?? []
                }
                .map(\.id)
                #expect(ids.count == 300 && Set(ids).count == 300)
            }
        }
    }
}
