import Foundation
import GRDB
import HubSpot
import Testing

@testable import CRMCache

/// A cache on a disk that refuses writes (full, or remounted read-only) still answers reads.
@Suite("Reads on a disk that refuses writes")
struct ReadOnlyDiskTests {
    typealias S = CacheTestSupport

    @Test("a cached record reads back when no write can commit; marking it viewed fails loudly instead")
    func readsNeedNoWrite() async throws {
        try await S.withCache { cache, _ in
            try cache.store([S.contact("7", ["firstname": "Ada"])], typeID: "0-1")
            try Self.refuseWrites(cache)
            #expect(try cache.record(typeID: "0-1", id: "7")?.record[property: "firstname"] == "Ada")
            #expect(throws: DatabaseError.self) { try cache.markViewed(typeID: "0-1", id: "7") }
        }
    }

    /// Makes SQLite refuse every write on the cache's writer connection, as a full or read-only
    /// filesystem does (`query_only`: SQLITE_READONLY, without needing a mount or a file size limit).
    static func refuseWrites(_ cache: CRMCache) throws {
        try cache.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = ON") }
    }
}
