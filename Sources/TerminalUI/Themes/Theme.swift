import Foundation

/// Maps style roles to concrete styles; loaded from a TOML file or built in.
public struct Theme: Sendable {
    /// The theme's display name.
    public let name: String
    /// Styles by role, exactly as defined; lookups go through ``style(for:)`` for the fallback.
    public let styles: [StyleRole: Style]

    /// Creates a theme from explicit styles.
    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`, falling back through dotted parents ("a.b.c" → "a.b" → "a") to "text",
    /// and to the terminal's plain look when even "text" is missing.
    public func style(for role: StyleRole) -> Style {
        var current: StyleRole? = role
        while let candidate = current {
            if let style = styles[candidate] { return style }
            current = candidate.parent
        }
        return .plain
    }

    /// Whether `role` is defined by this theme itself (no fallback).
    public func defines(_ role: StyleRole) -> Bool {
        styles[role] != nil
    }

    /// Reads and parses a theme file; the theme's name defaults to the file's base name.
    public static func load(from url: URL) throws -> Theme {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError(file: url.path, message: "cannot read the file (\(error.localizedDescription))")
        }
        return try parse(text, name: url.deletingPathExtension().lastPathComponent, file: url.path)
    }

    /// Parses a theme from TOML text; `name` is used when the file has no `name` key,
    /// `file` only labels errors.
    public static func parse(_ toml: String, name: String, file: String) throws -> Theme {
        try ThemeParser(source: toml, fallbackName: name, file: file).parse()
    }

    /// The file NAME.toml in the first of `searchPaths` that has it.
    public static func locate(named name: String, searchPaths: [URL]) -> URL? {
        // A name with a path separator could escape the search paths.
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else { return nil }
        for directory in searchPaths {
            let candidate = directory.appendingPathComponent(name + ".toml")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                return candidate
            }
        }
        return nil
    }
}
