import Foundation
import HubSpot
import TOMLSupport
import TerminalUI

/// Turns config TOML into a ``SpokeConfig``; each bad entry becomes an issue and is skipped.
struct SpokeConfigParser {
    let source: String
    let file: String
    private let locator: TOMLKeyLocator

    private static let topLevelKeys: Set<String> = ["default_profile", "theme", "mouse", "profiles", "columns", "keys"]
    private static let profileKeys: Set<String> = [
        "portal", "base_url", "token_env", "token_file", "demo", "theme", "read_only", "me", "api_version",
    ]

    init(source: String, file: String) {
        self.source = source
        self.file = file
        locator = TOMLKeyLocator(source: source)
    }

    func parse() -> SpokeConfig {
        var config = SpokeConfig()
        let document: TOMLTable
        do {
            document = try TOMLReader.table(from: source)
        } catch {
            config.issues.append(
                ConfigIssue(
                    file: file, line: error.line,
                    message: "TOML syntax error: \(error.message); the whole file was ignored"))
            return config
        }
        for key in document.keys.sorted() where !SpokeConfigParser.topLevelKeys.contains(key) {
            config.issues.append(
                issue(
                    key: key, section: "",
                    message: "unknown setting (expected one of "
                        + SpokeConfigParser.topLevelKeys.sorted().joined(separator: ", ") + ")"))
        }
        config.defaultProfile = string(
            document["default_profile"], key: "default_profile", section: "", issues: &config.issues)
        config.theme = string(document["theme"], key: "theme", section: "", issues: &config.issues)
        config.mouse = bool(document["mouse"], key: "mouse", section: "", issues: &config.issues) ?? false
        if let profiles = table(document["profiles"], key: "profiles", issues: &config.issues) {
            for (name, value) in profiles {
                guard let profileTable = value.table else {
                    config.issues.append(issue(key: name, section: "profiles", message: "a profile must be a table"))
                    continue
                }
                config.profiles[name] = profile(name, profileTable, issues: &config.issues)
            }
        }
        if let defaultName = config.defaultProfile, config.profiles[defaultName] == nil {
            config.issues.append(
                issue(
                    key: "default_profile", section: "",
                    message: "names profile \"\(defaultName)\", which is not defined"))
            config.defaultProfile = nil
        }
        if let columns = table(document["columns"], key: "columns", issues: &config.issues) {
            for (typeName, value) in columns {
                if let names = stringList(value, key: typeName, section: "columns", issues: &config.issues) {
                    config.columns[typeName] = names
                }
            }
        }
        if let keys = table(document["keys"], key: "keys", issues: &config.issues) {
            for (action, value) in keys {
                if let names = stringList(value, key: action, section: "keys", issues: &config.issues) {
                    let remap = KeyRemap(
                        action: action, keyNames: names.filter { !$0.isEmpty },
                        line: locator.line(ofKey: action, section: "keys"))
                    config.keyRemaps.append(remap)
                }
            }
            config.keyRemaps.sort { ($0.line ?? .max, $0.action) < ($1.line ?? .max, $1.action) }
        }
        config.issues.sort { ($0.line ?? .max) < ($1.line ?? .max) }
        return config
    }

    private func profile(_ name: String, _ table: TOMLTable, issues: inout [ConfigIssue]) -> ConfigProfile {
        let section = "profiles.\(name)"
        for key in table.keys.sorted() where !SpokeConfigParser.profileKeys.contains(key) {
            issues.append(
                issue(
                    key: key, section: section,
                    message: "unknown profile setting (expected one of "
                        + SpokeConfigParser.profileKeys.sorted().joined(separator: ", ") + ")"))
        }
        var profile = ConfigProfile(name: name)
        profile.portalName = string(table["portal"], key: "portal", section: section, issues: &issues)
        profile.baseURL = string(table["base_url"], key: "base_url", section: section, issues: &issues)
        if let url = profile.baseURL {
            let parsed = URL(string: url)
            if parsed?.host == nil || !["http", "https"].contains(parsed?.scheme ?? "") {
                issues.append(
                    issue(key: "base_url", section: section, message: "must be an http(s) URL, got \"\(url)\""))
                profile.baseURL = nil
            }
        }
        profile.tokenEnvironmentVariable = string(
            table["token_env"], key: "token_env", section: section, issues: &issues)
        profile.tokenFile = string(table["token_file"], key: "token_file", section: section, issues: &issues)
            .map { ($0 as NSString).expandingTildeInPath }
        profile.demo = bool(table["demo"], key: "demo", section: section, issues: &issues) ?? false
        profile.theme = string(table["theme"], key: "theme", section: section, issues: &issues)
        profile.readOnly = bool(table["read_only"], key: "read_only", section: section, issues: &issues) ?? false
        profile.me = string(table["me"], key: "me", section: section, issues: &issues)
        if let name = string(table["api_version"], key: "api_version", section: section, issues: &issues) {
            profile.apiVersion = APIVersion(rawValue: name)
            if profile.apiVersion == nil {
                issues.append(
                    issue(
                        key: "api_version", section: section,
                        message: "unknown API version \"\(name)\" (expected one of \(APIVersion.names))"))
            }
        }
        return profile
    }

    private func issue(key: String, section: String, message: String) -> ConfigIssue {
        let fullKey = section.isEmpty ? key : "\(section).\(key)"
        let line = locator.line(ofKey: key, section: section) ?? locator.line(ofSection: fullKey)
        return ConfigIssue(file: file, line: line, key: fullKey, message: message)
    }

    private func string(_ value: TOMLValueConvertible?, key: String, section: String, issues: inout [ConfigIssue])
        -> String?
    {
        guard let value else { return nil }
        guard let text = value.string else {
            issues.append(issue(key: key, section: section, message: "must be a string; ignored"))
            return nil
        }
        return text
    }

    private func bool(_ value: TOMLValueConvertible?, key: String, section: String, issues: inout [ConfigIssue])
        -> Bool?
    {
        guard let value else { return nil }
        guard let flag = value.bool else {
            issues.append(issue(key: key, section: section, message: "must be true or false; ignored"))
            return nil
        }
        return flag
    }

    private func table(_ value: TOMLValueConvertible?, key: String, issues: inout [ConfigIssue]) -> TOMLTable? {
        guard let value else { return nil }
        guard let table = value.table else {
            issues.append(issue(key: key, section: "", message: "must be a table ([\(key)]); ignored"))
            return nil
        }
        return table
    }

    /// A string or an array of strings, as a list.
    private func stringList(_ value: TOMLValueConvertible, key: String, section: String, issues: inout [ConfigIssue])
        -> [String]?
    {
        if let text = value.string { return [text] }
        if let array = value.array {
            var names: [String] = []
            for element in array {
                guard let text = element.string else {
                    issues.append(
                        issue(key: key, section: section, message: "must be a string or an array of strings; ignored"))
                    return nil
                }
                names.append(text)
            }
            return names
        }
        issues.append(issue(key: key, section: section, message: "must be a string or an array of strings; ignored"))
        return nil
    }
}
