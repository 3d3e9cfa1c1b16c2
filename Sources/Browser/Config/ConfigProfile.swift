import HubSpot

/// One `[profiles.NAME]` table: which portal to talk to, how to authenticate and how to show it.
public struct ConfigProfile: Sendable, Equatable {
    /// The profile's name (the table key), as given to `--profile`.
    public var name: String
    /// A human name for the portal (`portal = "Acme production"`).
    public var portalName: String?
    /// The API root (`base_url`); `nil` means HubSpot's own.
    public var baseURL: String?
    /// The name of the environment variable that holds the token (`token_env`).
    public var tokenEnvironmentVariable: String?
    /// A file holding the token (`token_file`), which must not be readable by others.
    public var tokenFile: String?
    /// Whether the profile is the built-in demo portal (`demo = true`).
    public var demo: Bool
    /// The theme this profile uses.
    public var theme: String?
    /// Whether writes are refused for this profile.
    public var readOnly: Bool
    /// Your own owner email in this portal (`me = "…"`), so `owner:me` can be searched: a private app's
    /// token does not say whose it is.
    public var me: String?
    /// The HubSpot API generation this portal is spoken to in (`api_version = "2026-09"`); nil for the default.
    public var apiVersion: APIVersion?

    /// Creates a profile.
    public init(
        name: String, portalName: String? = nil, baseURL: String? = nil, tokenEnvironmentVariable: String? = nil,
        tokenFile: String? = nil, demo: Bool = false, theme: String? = nil, readOnly: Bool = false
    ) {
        self.name = name
        self.portalName = portalName
        self.baseURL = baseURL
        self.tokenEnvironmentVariable = tokenEnvironmentVariable
        self.tokenFile = tokenFile
        self.demo = demo
        self.theme = theme
        self.readOnly = readOnly
    }
}
