import Foundation

/// Finds the line a TOML key is written on, for error messages that point at it.
///
/// TOMLKit gives line numbers only for syntax errors, so this scans the source (best effort:
/// `nil` when the key cannot be found, e.g. inside a multi-line inline table). The scan happens once, in
/// `init`; parsers ask for a line per entry, and a scan per question grew with the square of the file.
public struct TOMLKeyLocator: Sendable {
    /// The TOML text.
    public let source: String
    /// First line of each key, by the section it is asked for under: a key in `[a.b]` answers for `k` under
    /// "a.b", `b.k` under "a" and `a.b.k` under "".
    private var keyLines: [String: [String: Int]] = [:]
    /// First line of each `[section]` header.
    private var headerLines: [String: Int] = [:]

    /// Creates a locator over `source`.
    public init(source: String) {
        self.source = source
        var currentSection = ""
        // LF and CRLF both end a line, as in TOML; "\r\n" is one Character, so "\n" alone would miss it.
        let lines = source.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, rawLine) in lines.enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                currentSection = TOMLKeyLocator.header(line)
                if headerLines[currentSection] == nil { headerLines[currentSection] = index + 1 }
                continue
            }
            guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
            let lineKey = TOMLKeyLocator.unquote(line[..<equals].trimmingCharacters(in: .whitespaces))
            record(lineKey, under: currentSection, line: index + 1)
            guard !currentSection.isEmpty else { continue }
            record(currentSection + "." + lineKey, under: "", line: index + 1)
            for dot in currentSection.indices where currentSection[dot] == "." {
                record(
                    currentSection[currentSection.index(after: dot)...] + "." + lineKey,
                    under: String(currentSection[..<dot]), line: index + 1)
            }
        }
    }

    /// 1-based line whose key, joined to its table header below `section`, spells `key`.
    public func line(ofKey key: String, section: String) -> Int? {
        keyLines[section]?[key]
    }

    /// 1-based line of the `[section]` header itself.
    public func line(ofSection section: String) -> Int? {
        headerLines[section]
    }

    private mutating func record(_ key: String, under section: String, line: Int) {
        if keyLines[section, default: [:]][key] == nil { keyLines[section, default: [:]][key] = line }
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
