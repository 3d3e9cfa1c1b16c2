import Foundation

/// A temporary folder for the fuzzers that go through files, removed afterwards.
enum ScratchFolder {
    /// Runs `body` with a new empty folder, then removes it.
    static func with<T>(_ body: (URL) async throws -> T) async throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spoke-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await body(folder)
    }
}
