import Foundation

/// The user's `config.toml`: profiles, the default profile, theme, per-type columns, mouse and key remaps.
///
/// A bad entry never stops the browser: it becomes a ``ConfigIssue`` naming the file, line and key,
/// and every other entry still applies.
public struct SpokeConfig: Sendable, Equatable {
    /// The file these settings came from, when one was read.
    public var file: String?
    /// The profiles by name.
    public var profiles: [String: ConfigProfile] = [:]
    /// The profile used when `--profile` is not given (`default_profile`).
    public var defaultProfile: String?
    /// The theme for every profile that does not name its own.
    public var theme: String?
    /// Property names to show as list columns, by object type name or id (`[columns] contacts = [...]`).
    public var columns: [String: [String]] = [:]
    /// Whether the mouse selects and scrolls (`mouse = true`).
    public var mouse = false
    /// The `[keys]` entries, in file order.
    public var keyRemaps: [KeyRemap] = []
    /// What was wrong with the file.
    public var issues: [ConfigIssue] = []

    /// Creates an empty config (what a missing default file means).
    public init() {}

    /// `$XDG_CONFIG_HOME/spoke/config.toml`, else `~/.config/spoke/config.toml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let configHome = environment["XDG_CONFIG_HOME"], !configHome.isEmpty {
            return "\(configHome)/spoke/config.toml"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return "\(home)/.config/spoke/config.toml"
    }

    /// Reads the config at `path`, or at ``defaultPath(environment:)`` when `path` is `nil`.
    /// A missing default file is an empty config; a missing `--config` file is an issue.
    public static func load(
        path: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> SpokeConfig {
        guard let file = path ?? defaultPath(environment: environment) else { return SpokeConfig() }
        guard FileManager.default.fileExists(atPath: file) else {
            var config = SpokeConfig()
            if path != nil { config.issues.append(ConfigIssue(file: file, message: "no such file")) }
            return config
        }
        guard let source = try? String(contentsOfFile: file, encoding: .utf8) else {
            var config = SpokeConfig()
            config.issues.append(ConfigIssue(file: file, message: "cannot be read as UTF-8 text"))
            return config
        }
        var config = SpokeConfigParser(source: source, file: file).parse()
        config.file = file
        return config
    }

    /// The profile `name` names, else the default profile; `nil` with no profiles and no name.
    /// Throws a message listing the known profiles when `name` is unknown.
    public func profile(named name: String?) throws -> ConfigProfile? {
        guard let wanted = name ?? defaultProfile else { return nil }
        if let profile = profiles[wanted] { return profile }
        let known = profiles.keys.sorted()
        let list = known.isEmpty ? "the config has no [profiles]" : "known profiles: " + known.joined(separator: ", ")
        throw ConfigIssue(
            file: name == nil ? "default_profile" : "--profile", message: "unknown profile \"\(wanted)\"; \(list)")
    }

    /// The columns configured for an object type, looked up by name ("contacts") then id ("0-1").
    public func columns(forTypeName name: String, id: String) -> [String]? {
        columns[name] ?? columns[id]
    }

    /// The profile names, sorted, for pickers such as the command palette.
    public var profileNames: [String] { profiles.keys.sorted() }
}

extension ConfigIssue: Error {}
