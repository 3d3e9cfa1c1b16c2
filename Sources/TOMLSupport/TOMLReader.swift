import TOMLKit

/// Reads TOML through TOMLKit, first turning away the mistakes that make it abort the process.
///
/// toml++ (inside TOMLKit, built with its assertions on in release builds too) fails an assertion instead of
/// reporting an error for a table header whose first character is not a key (`[.keys]`, `[#x]`, a `[`
/// alone on its line), and for Unicode line or paragraph separators and NEL (U+2028, U+2029, U+0085) where
/// it expects a value. So one typo in a config or theme file ended Spoke; here each is a syntax error on
/// its line, like any other. Neither is valid TOML: outside strings and comments TOML is ASCII, and a
/// header starts with a key.
///
/// Only this target imports TOMLKit: callers get ``TOMLTable`` values copied out of the document, so none can
/// reach toml++ around these checks.
public enum TOMLReader {
    /// The document's top-level table, or the first syntax error.
    public static func table(from source: String) throws(TOMLSyntaxError) -> TOMLTable {
        if let (line, message) = firstAbort(in: Array(source.unicodeScalars)) {
            throw TOMLSyntaxError(line: line, message: message)
        }
        do {
            return TOMLTable(try TOMLKit.TOMLTable(string: source))
        } catch let error as TOMLParseError {
            throw TOMLSyntaxError(line: error.source.begin.line, message: error.description)
        } catch {
            throw TOMLSyntaxError(line: nil, message: "\(error)")
        }
    }

    private enum Quote { case none, basic, literal, multilineBasic, multilineLiteral }

    /// The line and message of the first thing toml++ would abort on: a character TOML allows only in strings
    /// and comments, or a table header with no key where toml++ reads one.
    ///
    /// Follows just enough of TOML to know what is a string, a comment, or a `[` that opens a header rather
    /// than an array in a value. Where toml++ stops at an earlier error, so may this; it only has to find what
    /// toml++ would reach.
    static func firstAbort(in text: [Unicode.Scalar]) -> (line: Int, message: String)? {
        var line = 1
        var depth = 0
        var quote = Quote.none
        var inComment = false
        var lineStart = true
        // toml++ skips a byte order mark at the start of the document, and nothing else before a header.
        var index = text.first == "\u{FEFF}" ? 1 : 0
        func opens(_ delimiter: Unicode.Scalar, at position: Int) -> Bool {
            position + 2 < text.count && text[position + 1] == delimiter && text[position + 2] == delimiter
        }
        while index < text.count {
            let scalar = text[index]
            if scalar == "\n" { line += 1 }
            switch quote {
            case .basic, .multilineBasic:
                if scalar == "\\", index + 1 < text.count {
                    if text[index + 1] == "\n" { line += 1 }
                    index += 2
                    continue
                }
                if quote == .basic, scalar == "\"" || scalar == "\n" { quote = .none }
                if quote == .multilineBasic, scalar == "\"", opens("\"", at: index) {
                    quote = .none
                    index += 2
                }
            case .literal, .multilineLiteral:
                if quote == .literal, scalar == "'" || scalar == "\n" { quote = .none }
                if quote == .multilineLiteral, scalar == "'", opens("'", at: index) {
                    quote = .none
                    index += 2
                }
            case .none:
                if inComment {
                    if scalar == "\n" { inComment = false }
                } else {
                    switch scalar {
                    case _
                    where !scalar.isASCII || (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar))
                        || scalar.value == 0x7F:
                        return (line, "'\(scalar.escaped(asASCII: true))' is allowed only inside strings and comments")
                    case "#": inComment = true
                    case "\"", "'":
                        let multiline = opens(scalar, at: index)
                        quote =
                            scalar == "\""
                            ? (multiline ? .multilineBasic : .basic) : (multiline ? .multilineLiteral : .literal)
                        if multiline { index += 2 }
                    case "[" where lineStart && depth == 0:
                        if let found = keylessHeader(text, at: index) {
                            return (line, "Error while parsing table header: expected a key after '[', saw \(found)")
                        }
                    case "[", "{": depth += 1
                    case "]", "}": depth = max(0, depth - 1)
                    default: break
                    }
                }
                lineStart =
                    scalar == "\n" ? depth == 0 : lineStart && (scalar == " " || scalar == "\t" || scalar == "\r")
            }
            index += 1
        }
        return nil
    }

    /// What follows the `[` (or `[[`) at `index` where toml++ expects a key, when it is none: toml++ asserts
    /// on anything but a bare-key character, a quote or `]` there (the end of the text is an error it reports).
    private static func keylessHeader(_ text: [Unicode.Scalar], at index: Int) -> String? {
        var position = index + 1
        func skipBlanks() -> Bool {
            let start = position
            while position < text.count, text[position] == " " || text[position] == "\t" { position += 1 }
            return position > start
        }
        let blank = skipBlanks()
        guard position < text.count else { return nil }
        if text[position] == "[" {
            if blank { return nil }  // "[ [": toml++ reports that the brackets must touch
            position += 1
            _ = skipBlanks()
            guard position < text.count else { return nil }
        }
        let next = text[position]
        let isKeyStart =
            ("a"..."z").contains(next) || ("A"..."Z").contains(next) || ("0"..."9").contains(next) || next == "_"
            || next == "-"
        if isKeyStart || next == "\"" || next == "'" || next == "]" { return nil }
        return next == "\n" || next == "\r" ? "the end of the line" : "'\(next.escaped(asASCII: true))'"
    }
}
