import Foundation
import HubSpot

@testable import CRMCache

/// Temporary cache folders and sample records for the cache tests.
enum CacheTestSupport {
    /// A fresh folder under the system temp dir (not created: the cache must create it itself).
    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("spoke-cache-tests-\(UUID().uuidString.prefix(8))")
            .appendingPathComponent("spoke")
    }

    /// Runs `body` with a cache in a fresh folder, removing the folder afterwards.
    static func withCache<T>(sizeCap: Int64 = CRMCache.defaultSizeCap, _ body: (CRMCache, URL) async throws -> T)
        async throws -> T
    {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let cache = try CRMCache(directory: directory, portalKey: "portal-1", sizeCap: sizeCap)
        return try await body(cache, directory)
    }

    /// A contact with the given properties.
    static func contact(_ id: String, _ properties: [String: String?], updatedAt: Date = date(0)) -> CRMRecord {
        CRMRecord(id: id, properties: properties, createdAt: date(0), updatedAt: updatedAt)
    }

    /// A fixed date `seconds` after 2026-01-01.
    static func date(_ seconds: Double) -> Date {
        Date(timeIntervalSince1970: 1_767_225_600 + seconds)
    }
}
