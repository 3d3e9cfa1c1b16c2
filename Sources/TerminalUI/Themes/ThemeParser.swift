import Foundation
import TOMLSupport

/// Turns theme TOML into a ``Theme``, reporting problems with the file, line and role to fix.
///
/// TOMLKit gives line numbers only for syntax errors, so lines of semantic errors are found by
/// scanning the source for the offending key (best effort; nil when it cannot be found).
struct ThemeParser {
    let source: String
    let fallbackName: String
    let file: String
    private let locator: TOMLKeyLocator

    init(source: String, fallbackName: String, file: String) {
        self.source = source
        self.fallbackName = fallbackName
        self.file = file
        locator = TOMLKeyLocator(source: source)
    }

    private static let attributeKeys: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]

    func parse() throws -> Theme {
        let document: TOMLTable
        do {
            document = try TOMLReader.table(from: source)
        } catch {
            throw ThemeError(file: file, line: error.line, message: "TOML syntax error: \(error.message)")
        }

        var name = fallbackName
        if let value = document["name"] {
            guard let string = value.string else {
                throw ThemeError(
                    file: file, line: lineNumber(ofKey: "name", section: ""), message: "'name' must be a string")
            }
            name = string
        }

        let palette = try parsePalette(document["palette"])

        guard let rolesValue = document["roles"] else {
            throw ThemeError(file: file, message: "missing [roles] table")
        }
        guard let roles = rolesValue.table else {
            throw ThemeError(
                file: file, line: lineNumber(ofKey: "roles", section: ""), message: "'roles' must be a table")
        }
        var styles: [StyleRole: Style] = [:]
        try collectStyles(from: roles, path: [], palette: palette, into: &styles)
        return Theme(name: name, styles: styles)
    }

    private func parsePalette(_ value: TOMLValue?) throws -> [String: TerminalColor] {
        guard let value else { return [:] }
        guard let table = value.table else {
            throw ThemeError(
                file: file, line: lineNumber(ofKey: "palette", section: ""), message: "'palette' must be a table")
        }
        var palette: [String: TerminalColor] = [:]
        for (key, entry) in table {
            let role = "palette." + key
            let line = lineNumber(ofKey: key, section: "palette")
            if let text = entry.string {
                guard let color = ThemeParser.color(literal: text) else {
                    throw ThemeError(
                        file: file, line: line, role: role,
                        message: "bad colour '\(text)' (expected \"#rrggbb\", a 0–255 index or \"default\")")
                }
                palette[key] = color
            } else if let index = entry.int {
                guard let color = ThemeParser.color(index: index) else {
                    throw ThemeError(
                        file: file, line: line, role: role, message: "colour index \(index) is outside 0–255")
                }
                palette[key] = color
            } else {
                throw ThemeError(file: file, line: line, role: role, message: "a colour must be a string or an integer")
            }
        }
        return palette
    }

    /// Walks the roles table; a table's style keys style the role at `path`, its table values are child roles,
    /// so both `"list.selected" = {…}` and `[roles.list] selected = {…}` work.
    private func collectStyles(
        from table: TOMLTable,
        path: [String],
        palette: [String: TerminalColor],
        into styles: inout [StyleRole: Style]
    ) throws {
        let roleName = path.joined(separator: ".")
        var style = Style()
        var hasStyleKeys = false
        for (key, value) in table {
            if let child = value.table {
                try collectStyles(from: child, path: path + [key], palette: palette, into: &styles)
                continue
            }
            guard !path.isEmpty else {
                throw error(role: key, message: "a role must be a table such as { fg = \"name\", bold = true }")
            }
            hasStyleKeys = true
            switch key {
            case "fg":
                style.foreground = try resolveColor(value, palette: palette, role: roleName, key: key)
            case "bg":
                style.background = try resolveColor(value, palette: palette, role: roleName, key: key)
            default:
                guard let attribute = ThemeParser.attributeKeys[key] else {
                    throw error(
                        role: roleName,
                        message: "unknown key '\(key)' (expected fg, bg, bold, dim, italic, underline, reverse)")
                }
                guard let enabled = value.bool else {
                    throw error(role: roleName, message: "'\(key)' must be true or false")
                }
                if enabled { style.attributes.insert(attribute) } else { style.attributes.remove(attribute) }
            }
        }
        // An empty inline table is a deliberate "plain" style, so it counts as a definition too.
        if !path.isEmpty, hasStyleKeys || table.isEmpty {
            styles[StyleRole(roleName)] = style
        }
    }

    private func resolveColor(
        _ value: TOMLValue,
        palette: [String: TerminalColor],
        role: String,
        key: String
    ) throws -> TerminalColor {
        if let name = value.string {
            if let color = palette[name] ?? ThemeParser.color(literal: name) { return color }
            throw error(role: role, message: "\(key): unknown palette colour '\(name)'")
        }
        if let index = value.int {
            if let color = ThemeParser.color(index: index) { return color }
            throw error(role: role, message: "\(key): colour index \(index) is outside 0–255")
        }
        throw error(role: role, message: "\(key) must name a palette colour")
    }

    private func error(role: String, message: String) -> ThemeError {
        ThemeError(file: file, line: lineNumber(ofRole: role), role: role, message: message)
    }

    /// "#rrggbb", "#rgb" or "default".
    static func color(literal text: String) -> TerminalColor? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "default" { return .terminalDefault }
        guard trimmed.hasPrefix("#") else { return nil }
        var digits = String(trimmed.dropFirst())
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }

    static func color(index: Int) -> TerminalColor? {
        guard (0...255).contains(index) else { return nil }
        return .indexed(UInt8(index))
    }

    /// Line of the definition of `role` inside [roles], whether written as a dotted key or a sub-table.
    private func lineNumber(ofRole role: String) -> Int? {
        lineNumber(ofKey: role, section: "roles")
    }

    /// 1-based line whose key, joined to its table header below `section`, spells `key`.
    private func lineNumber(ofKey key: String, section: String) -> Int? {
        locator.line(ofKey: key, section: section)
    }
}
