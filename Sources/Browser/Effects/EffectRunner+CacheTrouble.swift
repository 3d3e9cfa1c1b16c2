import CRMCache
import Foundation

// MARK: - Cache trouble: said on the status line, never swallowed, never failing the read it serves
extension EffectRunner {
    /// Reads from the cache; a failure is reported and read as "not cached", so the live answer may still come.
    func cacheRead<Value>(_ what: String, _ body: (CRMCache) throws -> Value?) -> Value? {
        guard let cache else { return nil }
        do {
            return try body(cache)
        } catch {
            reportCacheTrouble("could not read \(what)", error)
            return nil
        }
    }

    /// Writes to the cache (write-through, bookkeeping); a full or read-only disk must not fail the read
    /// the write serves, but the person is told, since what they see will not survive a restart.
    func cacheWrite(_ what: String, _ body: (CRMCache) throws -> Void) {
        guard let cache else { return }
        do {
            try body(cache)
        } catch {
            reportCacheTrouble("could not save \(what)", error)
        }
    }

    func reportCacheTrouble(_ doing: String, _ error: any Error) {
        inbox.post(.notify(StatusMessage("cache: \(doing): \(error)", kind: .error)))
    }
}
