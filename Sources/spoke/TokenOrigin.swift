/// Where a command's access token comes from, before it is read: `spoke doctor` reports it, and
/// `PortalOptions.token` reads it. Never holds the token itself.
enum TokenOrigin: Equatable, CustomStringConvertible {
    /// `--token-file PATH`.
    case tokenFileOption(String)
    /// The profile's `token_file`.
    case profileTokenFile(profile: String, path: String)
    /// The profile's `token_env`, the variable it names.
    case profileVariable(profile: String, variable: String)
    /// `HUBSPOT_ACCESS_TOKEN` (set and not blank).
    case environment

    /// The file the token is read from, if it is read from one.
    var filePath: String? {
        switch self {
        case .tokenFileOption(let path), .profileTokenFile(_, let path): path
        case .profileVariable, .environment: nil
        }
    }

    /// E.g. "--token-file ~/.config/spoke/token" or "$HUBSPOT_ACCESS_TOKEN".
    var description: String {
        switch self {
        case .tokenFileOption(let path): "--token-file \(path)"
        case .profileTokenFile(let profile, let path): "profile \(profile)'s token_file \(path)"
        case .profileVariable(let profile, let variable): "$\(variable) (profile \(profile)'s token_env)"
        case .environment: "$HUBSPOT_ACCESS_TOKEN"
        }
    }
}
