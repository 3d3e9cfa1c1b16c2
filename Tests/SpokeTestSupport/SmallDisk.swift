import Foundation

/// A 4 MB filesystem of its own (tmpfs) that a test can fill: a real full disk, where SQLite's next WAL
/// append fails with SQLITE_FULL. Mounting needs root (CI's container runs as root); as root a read-only
/// `chmod` stops nothing, so this is the way to a disk that refuses writes.
public final class SmallDisk: Sendable {
    /// Where it is mounted.
    public let root: URL
    private var filler: URL { root.appendingPathComponent("filler") }

    /// Whether this process may mount one.
    public static var canMount: Bool { getuid() == 0 }

    /// Mounts a fresh one under the temporary folder, or nil when mounting fails.
    public init?() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "spoke-tmpfs-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", root.path]) else {
            try? FileManager.default.removeItem(at: root)
            return nil
        }
    }

    /// Writes a filler file until the filesystem has no room left.
    public func fill() {
        _ = FileManager.default.createFile(atPath: filler.path, contents: nil)
        guard let handle = try? FileHandle(forWritingTo: filler) else { return }
        defer { try? handle.close() }
        let chunk = Data(repeating: 0x2E, count: 4096)
        while (try? handle.write(contentsOf: chunk)) != nil {}
    }

    /// Removes the filler: room again.
    public func empty() {
        try? FileManager.default.removeItem(at: filler)
    }

    /// Unmounts it and removes the mount point.
    public func remove() {
        _ = Self.run(["umount", root.path])
        try? FileManager.default.removeItem(at: root)
    }

    private static func run(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
