import CommandLineSupport
import Foundation
import HubSpot

/// The checks `spoke doctor` makes through the client, in order; each adds its lines to the report as it
/// finishes, so a slow one (an unreachable server) is not met with silence.
struct Doctor {
    /// The client under examination; its observer feeds `log`.
    let client: HubSpotClient
    /// What the client reported (rate-limit headers, a generation fallback).
    let log: DoctorLog
    /// Where the lines go.
    let report: DoctorReport
    /// Whether the client sends a token (not for the demo portal or an open sandbox).
    let sendsToken: Bool

    /// Runs every check that can run; the account (when it could be read) names the cache file.
    func run(write: DoctorWriteCheck) -> AccountDetails? {
        let start = serverChecks()
        for check in start.checks { report.add(check) }
        guard start.reachable else { return nil }
        report.add(generationCheck())
        readChecks()
        report.add(write.run(client: client, account: start.account))
        report.add(rateLimitCheck())
        return start.account
    }

    /// Runs `work` from this synchronous command, turning anything it throws into a `HubSpotError`.
    func ask<T: Sendable>(_ work: @escaping @Sendable (HubSpotClient) async throws -> T) -> Result<T, HubSpotError> {
        let client = client
        do {
            return .success(try blockingAwait { try await work(client) })
        } catch let error as HubSpotError {
            return .failure(error)
        } catch {
            return .failure(.transport(String(describing: error)))
        }
    }

    /// The fix for a 403 that names scopes: add one to the key.
    static func scopeFix(_ missing: MissingScopes) -> String {
        "add \(missing) to the service key (HubSpot: Development → Keys → Service keys → the key's scopes)"
    }

    /// A failed read: a 403 names the scope it lacks, anything else says what HubSpot answered.
    static func readFailure(_ name: String, _ error: HubSpotError) -> DoctorCheck {
        if let missing = error.missingScopes {
            return .failed(
                name, "not readable: this key lacks \(missing)", fix: scopeFix(missing),
                exitStatus: ScriptExit.unauthorized)
        }
        return .failed(
            name, "not readable: \(error.errorDescription ?? error.message)",
            fix: error.status == 403
                ? "give the service key the scopes in the README's table (A real portal)"
                : "run spoke doctor again; if it persists, see https://status.hubspot.com",
            exitStatus: ScriptExit.status(for: error))
    }
}
