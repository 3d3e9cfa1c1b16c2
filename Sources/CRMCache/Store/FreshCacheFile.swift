import Foundation
import GRDB

/// A new cache file, created and migrated under a temporary name while start-up still waits to learn which
/// portal a token opens, then given the portal's name: creating the schema (a dozen fsyncs) overlaps the round
/// trip instead of following it (issue 17, decision 0038).
public struct FreshCacheFile: Sendable {
    /// The temporary file, in the cache folder so that naming it is a link on one file system.
    public let fileURL: URL

    /// Creates and migrates a cache file under a name of its own in `directory`, closed when this returns.
    public init(directory: URL) throws {
        try CacheFiles.prepareDirectory(directory)
        Self.removeAbandoned(in: directory)
        // Not `.sqlite`: the cache commands list those as portals.
        let name = "\(Self.prefix)\(getpid())-\(UUID().uuidString.prefix(8)).tmp"
        let fileURL = directory.appendingPathComponent(name)
        try CacheFiles.prepareFile(fileURL)
        do {
            // The pool closes when this scope ends: SQLite checkpoints the WAL into the file and removes it.
            let pool = try DatabasePool(path: fileURL.path, configuration: CRMCache.configuration)
            try CacheSchema.migrator.migrate(pool)
            try pool.close()
        } catch {
            Self.remove(fileURL)
            throw error
        }
        self.fileURL = fileURL
    }

    /// Gives the file the name of `portalKey`'s cache unless that cache already exists (another session made it
    /// meanwhile, or an earlier one under this key): `link` never replaces a file. The temporary name is removed
    /// either way.
    public func adopt(directory: URL, portalKey: String) {
        let target = directory.appendingPathComponent("\(portalKey).sqlite")
        _ = link(fileURL.path, target.path)
        Self.remove(fileURL)
    }

    /// Removes the temporary file, when start-up ends without adopting it.
    public func discard() {
        Self.remove(fileURL)
    }

    private static let prefix = ".fresh-"

    /// Removes the fresh files of sessions that ended before adopting theirs (killed during start-up).
    private static func removeAbandoned(in directory: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let owner = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = pid_t(owner), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    private static func remove(_ file: URL) {
        for suffix in ["", "-wal", "-shm"] { unlink(file.path + suffix) }
    }
}
