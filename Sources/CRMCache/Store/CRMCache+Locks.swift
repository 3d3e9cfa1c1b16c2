import Foundation

// MARK: - Waiting for a cross-process lock
extension CRMCache {
    /// The lock a save holds from its conflict check to its write, so that two Spokes on one cache cannot
    /// both check the same `updatedAt` and both overwrite: the second one sees the first one's write.
    public static let saveLock = "save"

    /// Runs `body` holding the lock `name`, waiting (in short sleeps) while another live process or
    /// instance holds it; a holder that dies or outlives `lease` without finishing loses it.
    public func withLock<T: Sendable>(
        _ name: String, lease: TimeInterval = 60, _ body: () async throws -> T
    ) async throws -> T {
        let owner = UUID().uuidString
        while try !acquireLock(name, owner: owner, pid: getpid(), lease: lease) {
            try await Task.sleep(for: .milliseconds(10))
        }
        do {
            let result = try await body()
            try releaseLock(name, owner: owner)
            return result
        } catch {
            // The body's error is the one to report; an unreleased lock ends with its lease.
            try? releaseLock(name, owner: owner)
            throw error
        }
    }
}
