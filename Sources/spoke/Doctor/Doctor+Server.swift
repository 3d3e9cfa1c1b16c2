import Foundation
import HubSpot

// MARK: - The server answers, the token is accepted, the account, the API generation
extension Doctor {
    /// Asks for the account's details: the first request shows whether the server answers, and as what, and
    /// whether it takes the token.
    func serverChecks() -> (checks: [DoctorCheck], reachable: Bool, account: AccountDetails?) {
        let url = client.baseURL.absoluteString
        let started = ContinuousClock.now
        let result = ask { try await $0.accountDetails() }
        let elapsed = ContinuousClock.now - started
        let answered = DoctorCheck.passed("server", "\(url) answers (\(Self.milliseconds(elapsed)) ms)")
        // Without a token (the demo portal, an open sandbox) there is nothing to accept.
        let accepted = sendsToken ? [DoctorCheck.passed("token accepted", "the server took it")] : []
        switch result {
        case .success(let account):
            return ([answered] + accepted + [Self.accountLine(account)], true, account)
        case .failure(.transport(let detail)):
            return ([unreachable(detail)], false, nil)
        case .failure(.cancelled):
            return ([unreachable("cancelled")], false, nil)
        case .failure(.malformedResponse(let status, let detail)):
            return ([notTheAPI("HTTP \(status): \(detail)")], false, nil)
        case .failure(.api(404, let body)) where body.category == nil:
            // HubSpot's 404s carry a category; a bare one is a web server that has no such path at all.
            return ([notTheAPI(HubSpotError.api(status: 404, body: body).message)], false, nil)
        case .failure(let error) where error.status == 401:
            return (
                [
                    answered,
                    .failed(
                        "token accepted", "no: HTTP 401 \(error.message)",
                        fix: "create a service key in HubSpot (Development → Keys → Service keys) and use it "
                            + "(HUBSPOT_ACCESS_TOKEN or --token-file); a key that was rotated or deleted is refused",
                        exitStatus: ScriptExit.unauthorized),
                ], false, nil
            )
        case .failure(let error) where error.status == 403:
            return ([answered] + accepted + [Self.readFailure("account", error)], true, nil)
        case .failure(let error):
            return ([answered, Self.readFailure("account", error)], true, nil)
        }
    }

    /// The server gave no answer at all.
    private func unreachable(_ reason: String) -> DoctorCheck {
        .failed(
            "server", "cannot reach \(client.baseURL.absoluteString): \(reason)",
            fix:
                "check --base-url (or the profile's base_url) and the network; HubSpot's API is https://api.hubapi.com",
            exitStatus: ScriptExit.unreachable)
    }

    /// Something answered, but not HubSpot's API (a web page, a proxy's error).
    private func notTheAPI(_ detail: String) -> DoctorCheck {
        .failed(
            "server",
            "\(client.baseURL.absoluteString) answers, but not as HubSpot's API (\(detail.count > 100 ? detail.prefix(100) + "…" : detail))",
            fix: "check --base-url: it should be https://api.hubapi.com or a HubSpot-compatible API",
            exitStatus: ScriptExit.unreachable)
    }

    /// "portal 1234567, app.hubspot.com, time zone UTC".
    static func accountLine(_ account: AccountDetails) -> DoctorCheck {
        var parts = ["portal \(account.portalId)"]
        if let domain = account.uiDomain { parts.append(domain) }
        if let zone = account.timeZone { parts.append("time zone \(zone)") }
        if let type = account.accountType { parts.append(type.lowercased().replacingOccurrences(of: "_", with: " ")) }
        return .passed("account", parts.joined(separator: ", "))
    }

    /// Which generation answered: the one asked for, or legacy after the portal did not know the dated paths.
    func generationCheck() -> DoctorCheck {
        if let dated = log.fellBackFrom {
            return .note(
                "API", "legacy (v3/v4) answers; \(dated.name) paths are unknown here, so Spoke speaks legacy")
        }
        let version = client.apiVersion
        return .passed("API", version == .legacy ? "legacy (v3/v4) answers" : "\(version.name) answers")
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds) * 1000 + Int(duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
