import Foundation
import GRDB
import Testing

@testable import CRMCache

@Suite("Cache file and schema")
struct SchemaTests {
    @Test("Migrating an empty file creates every table and records the migration")
    func migrationsFromEmpty() async throws {
        try await CacheTestSupport.withCache { cache, _ in
            let tables = try cache.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
            }
            for table in [
                "records", "list_pages", "list_page_ids", "associations", "documents", "outbox",
                "records_search", "grdb_migrations", "locks",
            ] {
                #expect(tables.contains(table), "missing table \(table)")
            }
            let applied = try cache.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            }
            #expect(applied.count == 2)  // v1, and v2's replay claims and locks
            let journal = try cache.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(journal == "wal")
        }
    }

    @Test("Reopening an existing file keeps its data and applies no migration twice")
    func reopen() async throws {
        try await CacheTestSupport.withCache { cache, directory in
            try cache.store([CacheTestSupport.contact("1", ["firstname": "Ada"])], typeID: "0-1")
            let again = try CRMCache(directory: directory, portalKey: "portal-1")
            #expect(try again.record(typeID: "0-1", id: "1")?.record[property: "firstname"] == "Ada")
        }
    }

    @Test("The folder is 0700 and the database and its WAL files 0600")
    func fileModes() async throws {
        try await CacheTestSupport.withCache { cache, directory in
            try cache.store([CacheTestSupport.contact("1", ["firstname": "Ada"])], typeID: "0-1")
            #expect(CacheFiles.mode(of: directory.path) == 0o700)
            #expect(CacheFiles.mode(of: cache.fileURL.path) == 0o600)
            // While the pool is open in WAL mode both sidecar files exist.
            for suffix in ["-wal", "-shm"] {
                let mode = CacheFiles.mode(of: cache.fileURL.path + suffix)
                #expect(mode == 0o600, "\(suffix) has mode \(mode.map { String($0, radix: 8) } ?? "none (missing)")")
            }
        }
    }

    @Test("A folder left group-readable is tightened on open")
    func tightensExistingFolder() async throws {
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o755])
        _ = try CRMCache(directory: directory, portalKey: "portal-2")
        #expect(CacheFiles.mode(of: directory.path) == 0o700)
    }

    @Test("Default directory and portal keys")
    func locations() {
        #expect(
            CRMCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"]).path
                == "/x/cache/spoke")
        #expect(CRMCache.defaultDirectory(environment: ["HOME": "/home/u"]).path == "/home/u/.cache/spoke")
        #expect(CRMCache.portalKey(baseURL: URL(string: "https://api.hubapi.com")!, portalID: 123) == "portal-123")
        #expect(CRMCache.portalKey(baseURL: URL(string: "http://127.0.0.1:8080/")!) == "url-127.0.0.1-8080")
        #expect(!CRMCache.portalKey(baseURL: URL(string: "http://a/../../etc")!).contains("/"))
    }
}
