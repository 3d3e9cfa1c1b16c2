import CommandLineSupport
import Foundation
import HubSpot

/// `--write-check`: creates a scratch contact and archives it again, after asking (a real portal's data
/// changes, and its history keeps the record).
struct DoctorWriteCheck {
    /// `--write-check` was given.
    let requested: Bool
    /// `--yes`: do not ask.
    let assumeYes: Bool
    /// The profile is `read_only`: Spoke would send no write, so none is tried.
    let readOnly: Bool

    /// The write line: skipped, refused, or created and archived.
    func run(client: HubSpotClient, account: AccountDetails?) -> DoctorCheck {
        guard requested else {
            return .note("write", "not checked (--write-check creates a scratch contact and archives it)")
        }
        if readOnly { return .note("write", "not checked: the profile is read_only") }
        let portal = account.map { "portal \($0.portalId)" } ?? client.baseURL.absoluteString
        if !assumeYes {
            guard isatty(STDIN_FILENO) == 1, isatty(STDERR_FILENO) == 1 else {
                return .note("write", "not checked: no terminal to ask on (add --yes to create and archive anyway)")
            }
            guard Self.confirm("Create a scratch contact in \(portal) and archive it again? [y/N] ") else {
                return .note("write", "not checked: declined")
            }
        }
        return createAndArchive(client)
    }

    /// Asks on the terminal; only "y" or "yes" agrees.
    static func confirm(_ question: String) -> Bool {
        FileHandle.standardError.write(Data(question.utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
        return answer == "y" || answer == "yes"
    }

    private func createAndArchive(_ client: HubSpotClient) -> DoctorCheck {
        let scopes = ObjectScopes(type: "contacts").write.joined(separator: " or ")
        // example.com is reserved for examples; the suffix keeps two runs from colliding on the unique email.
        let email = "spoke-doctor-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let outcome: Result<String, HubSpotError>
        do {
            let id = try blockingAwait {
                let record = try await client.createRecord(
                    "contacts", properties: ["email": email, "firstname": "Spoke", "lastname": "doctor check"])
                do {
                    try await client.archiveRecord("contacts", id: record.id)
                } catch let error as HubSpotError {
                    throw ArchiveFailure(id: record.id, error: error)
                }
                return record.id
            }
            outcome = .success(id)
        } catch let failure as ArchiveFailure {
            return .failed(
                "write", "created contact \(failure.id) (\(email)) but could not archive it: \(failure.error.message)",
                fix: "archive contact \(failure.id) in HubSpot; "
                    + (failure.error.missingScopes.map { Doctor.scopeFix($0) } ?? "then run the check again"),
                exitStatus: ScriptExit.status(for: failure.error))
        } catch let error as HubSpotError {
            outcome = .failure(error)
        } catch {
            outcome = .failure(.transport(String(describing: error)))
        }
        switch outcome {
        case .success(let id):
            return .passed("write", "created contact \(id) and archived it (\(scopes))")
        case .failure(let error):
            if let missing = error.missingScopes {
                return .failed(
                    "write", "cannot create a contact: this key lacks \(missing)", fix: Doctor.scopeFix(missing),
                    exitStatus: ScriptExit.unauthorized)
            }
            return .failed(
                "write", "cannot create a contact: \(error.errorDescription ?? error.message)",
                fix: "run spoke doctor --write-check again; if it persists, see https://status.hubspot.com",
                exitStatus: ScriptExit.status(for: error))
        }
    }

    /// The scratch record was created but is still there.
    private struct ArchiveFailure: Error {
        let id: String
        let error: HubSpotError
    }
}
