import Foundation

/// File-system guards for the cache: it holds personal data, so only its owner may read it.
enum CacheFiles {
    /// Creates `directory` (and parents) and makes it 0700.
    static func prepareDirectory(_ directory: URL) throws {
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try restrict(directory.path, to: 0o700)
    }

    /// Creates the database file empty with mode 0600 before SQLite opens it, so it is never readable by others.
    static func prepareFile(_ file: URL) throws {
        let descriptor = open(file.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CacheError.fileSystem("cannot create \(file.path): errno \(errno)") }
        close(descriptor)
        try restrict(file.path, to: 0o600)
    }

    /// Makes the -wal and -shm files 0600 when they exist.
    static func restrictSidecars(of file: URL) throws {
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: file.path + suffix) {
            try restrict(file.path + suffix, to: 0o600)
        }
    }

    /// `chmod` when the mode differs; an error names the path.
    static func restrict(_ path: String, to mode: mode_t) throws {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CacheError.fileSystem("cannot stat \(path): errno \(errno)") }
        if info.st_mode & 0o777 != mode, chmod(path, mode) != 0 {
            throw CacheError.fileSystem("cannot chmod \(path): errno \(errno)")
        }
    }

    /// The permission bits of `path`, or nil when it does not exist.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : nil
    }

    /// The size of `path` in bytes, 0 when it does not exist.
    static func size(of path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }
}
