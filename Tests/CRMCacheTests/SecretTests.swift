import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@testable import CRMCache

@Suite("Secrets stay out of the cache")
struct SecretTests {
    @Test("After a sync and a replay with a bearer token, no cache file contains the token")
    func tokenNeverStored() async throws {
        let token = "pat-na1-\(UUID().uuidString.lowercased())"
        try await CacheTestSupport.withCache { cache, directory in
            var configuration = SandboxConfiguration()
            configuration.token = token
            try await withSandbox(configuration) { server in
                let client = HubSpotClient(baseURL: server.baseURL, credentials: .bearer(token))
                try await CacheSyncer(cache: cache, client: client).refresh(typeID: "0-1", maxPages: 1)
                let id = try #require(
                    try cache.listPage(
                        typeID: "0-1",
                        queryKey: CacheSyncer.queryKey(
                            for: CacheSyncer.defaultQuery(typeID: "0-1")), pageIndex: 0)?.records.first?.id)
                try cache.enqueue(.update(typeID: "0-1", id: id, properties: ["firstname": "T"], baseUpdatedAt: nil))
                #expect(await OutboxReplayer(cache: cache, client: client).replay().stop == .finished)
            }
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(files.contains { $0.hasSuffix(".sqlite") })
            for file in files {
                let bytes = try #require(
                    FileManager.default.contents(atPath: directory.appendingPathComponent(file).path))
                #expect(bytes.range(of: Data(token.utf8)) == nil, "\(file) contains the token")
            }
        }
    }
}
