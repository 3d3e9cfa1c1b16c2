import Foundation
import TerminalUI

/// Finds theme files: the user's own first, then the `themes/` folder shipped beside the binary.
public enum ThemeLocator {
    /// The folders searched for `NAME.toml`, in order.
    public static func searchPaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var paths: [URL] = []
        if let dir = environment["SPOKE_THEMES_DIR"], !dir.isEmpty { paths.append(URL(fileURLWithPath: dir)) }
        let configHome =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].map { "\($0)/.config" } ?? "")
        if !configHome.isEmpty { paths.append(URL(fileURLWithPath: "\(configHome)/spoke/themes")) }
        // `swift run` and a build folder both sit below the checkout that holds themes/.
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            for _ in 0..<6 {
                paths.append(folder.appendingPathComponent("themes"))
                paths.append(folder.appendingPathComponent("share/spoke/themes"))
                folder = folder.deletingLastPathComponent()
            }
        }
        paths.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"))
        paths.append(URL(fileURLWithPath: "/usr/local/share/spoke/themes"))
        paths.append(URL(fileURLWithPath: "/usr/share/spoke/themes"))
        return paths
    }

    /// The names of every NAME.toml in the search paths, sorted, each once.
    public static func availableNames(searchPaths: [URL] = searchPaths()) -> [String] {
        var names: Set<String> = []
        for folder in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// Loads theme `name`. A missing or malformed theme falls back to `default`, then to the
    /// built-in monochrome theme; `warnings` says what happened, naming the file and the problem.
    public static func load(named name: String, searchPaths: [URL] = searchPaths()) -> (Theme, warnings: [String]) {
        var warnings: [String] = []
        for candidate in name == "default" ? ["default"] : [name, "default"] {
            guard let url = Theme.locate(named: candidate, searchPaths: searchPaths) else {
                let known = availableNames(searchPaths: searchPaths)
                let choices = known.isEmpty ? "no theme files found" : "themes: " + known.joined(separator: ", ")
                warnings.append(
                    "theme \"\(candidate)\" not found in \(searchPaths.count) folders (\(choices))")
                continue
            }
            do {
                return (try Theme.load(from: url), warnings)
            } catch {
                warnings.append("\(error)")
            }
        }
        warnings.append("using the built-in monochrome theme")
        return (Theme.monochrome, warnings)
    }
}
