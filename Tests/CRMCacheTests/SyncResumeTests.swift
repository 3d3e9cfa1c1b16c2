import Foundation
import GRDB
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

    @Test(
        "a sync of two streams cut short mid-way resumes and stores every record once, without a 429",
        arguments: APIVersion.clientSuite)
    func streamsResumeWithoutLossOrDuplicates(apiVersion: APIVersion) async throws {
        var configuration = SandboxConfiguration()
        configuration.contactCount = 2_000
        // A tight budget in a short window, so pacing matters and the test stays quick.
        configuration.traffic.budget = RateBudget(requests: 5, interval: .milliseconds(500))
        try await CacheTestSupport.withCache { cache, _ in
            try await withSandbox(configuration) { server in
                let client = HubSpotClient(baseURL: server.baseURL, credentials: nil, apiVersion: apiVersion)
                let syncer = CacheSyncer(cache: cache, client: client)
                let checkpoint: @Sendable () throws -> CacheSyncer.Checkpoint? = {
                    try cache.document(kind: CacheSyncer.checkpointKind, key: "0-1", as: CacheSyncer.Checkpoint.self)?
                        .value
                }
                // Ctrl-c once both streams have stored pages: the task is cancelled from inside its own report.
                let interrupted = Task {
                    try await syncer.refresh(typeID: "0-1") { _ in
                        if let saved = try? checkpoint(), saved.nextPage >= 2, (saved.searchPages ?? 0) >= 2 {
                            withUnsafeCurrentTask { $0?.cancel() }
                        }
                    }
                }
                _ = await #expect(throws: (any Error).self, "the sync was never cut short") {
                    try await interrupted.value
                }
                let saved = try #require(try checkpoint())
                #expect(saved.nextPage >= 2 && (saved.searchPages ?? 0) >= 2)
                #expect(saved.stored < 2_000)

                var reports: [CacheSyncer.Progress] = []
                let stored = try await syncer.refresh(typeID: "0-1") { reports.append($0) }
                #expect(stored == 2_000)
                #expect(reports.first?.resumed == true && reports.first?.stored == saved.stored)
                #expect(reports.map(\.stored) == reports.map(\.stored).sorted(), "progress went backwards")
                #expect(reports.last?.stored == 2_000 && reports.last?.total == 2_000)
                #expect(try checkpoint() == nil, "a finished sync keeps no checkpoint")

                let key = CacheSyncer.queryKey(for: CacheSyncer.defaultQuery(typeID: "0-1"))
                let portalIDs = server.portal.records(of: "contacts").map(\.id)
                #expect(try cache.listPageIDs(typeID: "0-1", queryKey: key) == portalIDs, "every record once, in order")
                #expect(try cache.listPageIDs(typeID: "0-1", queryKey: CacheSyncer.stagingKey(for: key)).isEmpty)
                let pages = try (0..<20).map { try cache.listPage(typeID: "0-1", queryKey: key, pageIndex: $0) }
                #expect(pages.allSatisfy { $0?.records.count == 100 && $0?.isComplete == true })
                #expect(pages.last??.nextCursor == nil && pages.dropLast().allSatisfy { $0?.nextCursor != nil })
                #expect(try cache.listPage(typeID: "0-1", queryKey: key, pageIndex: 20) == nil)
                #expect(server.traffic.tooManyRequests == 0, "the pacer kept both budgets: \(server.traffic)")
                #expect(server.traffic.searchesAdmitted >= 4, "the search stream did its share")
            }
        }
    }

    @Test("a sync whose commits the disk refuses fails with the disk's error and keeps the checkpoint it began with")
    func refusedCommitFailsTheSync() async throws {
        try await CacheTestSupport.withCache { cache, _ in
            try await withSandbox { server in
                let syncer = CacheSyncer(cache: cache, client: HubSpotClient(baseURL: server.baseURL, credentials: nil))
                #expect(try await syncer.refresh(typeID: "0-1", maxPages: 1) == 100)
                // Pages are stored on the writer's queue: its failure must reach the caller, not vanish there.
                try ReadOnlyDiskTests.refuseWrites(cache)
                await #expect(throws: DatabaseError.self) { try await syncer.refresh(typeID: "0-1") }
                let saved = try cache.document(
                    kind: CacheSyncer.checkpointKind, key: "0-1", as: CacheSyncer.Checkpoint.self)?.value
                #expect(saved?.nextPage == 1 && saved?.stored == 100 && saved?.searchPages == nil)
            }
        }
    }
}
