import Foundation

/// Finds the line a TOML key is written on, for error messages that point at it.
///
/// TOMLKit gives line numbers only for syntax errors, so this scans the source (best effort:
/// `nil` when the key cannot be found, e.g. inside a multi-line inline table).
public struct TOMLKeyLocator: Sendable {
    /// The TOML text.
    public let source: String

    /// Creates a locator over `source`.
    public init(source: String) {
        self.source = source
    }

    /// 1-based line whose key, joined to its table header below `section`, spells `key`.
    public func line(ofKey key: String, section: String) -> Int? {
        var currentSection = ""
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                currentSection = TOMLKeyLocator.header(line)
                continue
            }
            guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
            let lineKey = TOMLKeyLocator.unquote(line[..<equals].trimmingCharacters(in: .whitespaces))
            let fullKey: String
            if currentSection == section {
                fullKey = lineKey
            } else if section.isEmpty {
                fullKey = currentSection + "." + lineKey
            } else if currentSection.hasPrefix(section + ".") {
                fullKey = currentSection.dropFirst(section.count + 1) + "." + lineKey
            } else {
                continue
            }
            if fullKey == key { return index + 1 }
        }
        return nil
    }

    /// 1-based line of the `[section]` header itself.
    public func line(ofSection section: String) -> Int? {
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("[") else { continue }
            if TOMLKeyLocator.header(line) == section {
                return index + 1
            }
        }
        return nil
    }

    /// The lines as TOML numbers them: LF and CRLF both end one. "\r\n" is a single Character, so splitting
    /// on "\n" alone would see a CRLF file as one line.
    private var lines: [Substring] {
        source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }

    /// The table a `[name]` or `[[name]]` line opens. The name ends at the first "]": a comment may follow
    /// (`[keys]  # …`), and trimming brackets off both ends kept it, so no key below was found.
    static func header(_ line: String) -> String {
        unquote(String(line.drop { $0 == "[" }.prefix { $0 != "]" }))
    }

    /// Removes TOML key quoting from every dotted component ("\"a.b\"" and a."b" both give a.b).
    static func unquote(_ key: String) -> String {
        key.filter { $0 != "\"" && $0 != "'" }
            .split(separator: ".", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: ".")
    }
}
