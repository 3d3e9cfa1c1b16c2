import Foundation

/// The token line: where the token comes from, and for a file its mode (a file others can read is refused).
enum DoctorTokenCheck {
    /// The check and, when it passed, the token to send.
    static func check(_ origin: TokenOrigin?, environment: [String: String]) -> (DoctorCheck, String?) {
        guard let origin else {
            return (
                .failed(
                    "token", "none configured",
                    fix: "create a service key in HubSpot (Development → Keys → Service keys), then "
                        + "export HUBSPOT_ACCESS_TOKEN=<key>, or put it in a file (chmod 600) and pass --token-file",
                    exitStatus: ScriptExit.unauthorized),
                nil
            )
        }
        do {
            let token = try TokenSource.read(origin, environment: environment)
            let mode = origin.filePath.flatMap(TokenSource.mode).map { " (mode \(String($0, radix: 8)))" } ?? ""
            return (.passed("token", "from \(origin)\(mode)"), token)
        } catch {
            return (.failed("token", error.message, fix: error.fix, exitStatus: ScriptExit.unauthorized), nil)
        }
    }
}
