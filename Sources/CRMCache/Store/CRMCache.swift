import Foundation
import GRDB

/// The local SQLite cache of one portal: records, list pages, associations, definitions and the outbox.
///
/// One file per portal, opened as a WAL `DatabasePool` so reads never wait for a write. Every method is
/// synchronous and short; callers on the cooperative pool may call them directly.
public final class CRMCache: Sendable {
    /// The database file.
    public let fileURL: URL
    /// The size the cache is trimmed to by `evictIfNeeded()`, in bytes.
    public let sizeCap: Int64
    /// The GRDB pool; internal so the module's extensions (and tests through `withDatabase`) share it.
    let pool: DatabasePool

    /// 500 MB, the default cap.
    public static let defaultSizeCap: Int64 = 500 * 1024 * 1024

    /// Opens (creating if needed) the cache for `portalKey` in `directory`, migrating it to the current schema.
    public init(directory: URL, portalKey: String, sizeCap: Int64 = CRMCache.defaultSizeCap) throws {
        try CacheFiles.prepareDirectory(directory)
        let fileURL = directory.appendingPathComponent("\(portalKey).sqlite")
        try CacheFiles.prepareFile(fileURL)
        self.fileURL = fileURL
        self.sizeCap = sizeCap
        self.pool = try DatabasePool(path: fileURL.path, configuration: Self.configuration)
        try CacheSchema.migrator.migrate(pool)
        // SQLite gives -wal/-shm the main file's mode, but a file left by an older build may not have it.
        try CacheFiles.restrictSidecars(of: fileURL)
    }

    /// How every connection to a cache file is set up.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            // FULL: an edit reported as saved must survive power loss, not only a killed process.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// `$XDG_CACHE_HOME/spoke`, else `~/.cache/spoke`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("spoke")
        }
        let home =
            environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache").appendingPathComponent("spoke")
    }

    /// A filesystem-safe file name for a portal: `portal-<id>` when the id is known, else the base URL's host and port.
    public static func portalKey(baseURL: URL, portalID: Int? = nil) -> String {
        if let portalID { return "portal-\(portalID)" }
        var text = baseURL.host ?? "unknown"
        if let port = baseURL.port { text += "-\(port)" }
        let path = baseURL.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if !path.isEmpty { text += "-" + path }
        let safe = text.lowercased().unicodeScalars.map { scalar -> Character in
            CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || scalar == "." ? Character(scalar) : "-"
        }
        return "url-" + String(safe)
    }

    /// Runs `body` inside one read of the database (for tests and diagnostics).
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }
}
