import Foundation
import GRDB
import Testing

@testable import CRMCache

@Suite("A new cache file made while start-up waits")
struct FreshCacheFileTests {
    @Test("Adopted, it becomes the portal's cache: migrated, 0600, no temporary file left")
    func adoptedBecomesTheCache() throws {
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let fresh = try FreshCacheFile(directory: directory)
        fresh.adopt(directory: directory, portalKey: "portal-7")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names == ["portal-7.sqlite"])
        #expect(CacheFiles.mode(of: directory.appendingPathComponent("portal-7.sqlite").path) == 0o600)
        let cache = try CRMCache(directory: directory, portalKey: "portal-7")
        let applied = try cache.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.count == 2)
        try cache.store([CacheTestSupport.contact("1", ["firstname": "Ada"])], typeID: "0-1")
        #expect(try cache.record(typeID: "0-1", id: "1")?.record[property: "firstname"] == "Ada")
    }

    @Test("It never replaces a cache that exists by then: the portal's records stay")
    func neverReplacesAnExistingCache() throws {
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let fresh = try FreshCacheFile(directory: directory)
        // Another session (or an earlier one) made this portal's cache meanwhile.
        let existing = try CRMCache(directory: directory, portalKey: "portal-8")
        try existing.store([CacheTestSupport.contact("1", ["firstname": "Kept"])], typeID: "0-1")
        fresh.adopt(directory: directory, portalKey: "portal-8")
        #expect(!FileManager.default.fileExists(atPath: fresh.fileURL.path))
        let reopened = try CRMCache(directory: directory, portalKey: "portal-8")
        #expect(try reopened.record(typeID: "0-1", id: "1")?.record[property: "firstname"] == "Kept")
    }

    @Test("A file left by a session killed during start-up is removed; a live session's is not")
    func abandonedFilesRemoved() throws {
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // pid 2^22 + 1 is above Linux's pid_max limit, so no process has it.
        let abandoned = directory.appendingPathComponent(".fresh-4194305-dead.tmp")
        let live = directory.appendingPathComponent(".fresh-\(getpid())-live.tmp")
        for file in [abandoned, live] { #expect(FileManager.default.createFile(atPath: file.path, contents: Data())) }
        let fresh = try FreshCacheFile(directory: directory)
        defer { fresh.discard() }
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        // Not a portal to the cache commands: they list *.sqlite.
        #expect(!fresh.fileURL.lastPathComponent.hasSuffix(".sqlite"))
    }
}
