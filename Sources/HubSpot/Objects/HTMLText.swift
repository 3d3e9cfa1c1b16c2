/// Turns the HTML of activity bodies into one line of plain text for previews.
public enum HTMLText {
    /// Tags that end a line or a block; they become a space so words on either side stay apart.
    private static let breakingTags: Set<String> = [
        "br", "p", "div", "li", "ul", "ol", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    ]
    /// Elements whose content is never shown.
    private static let hiddenElements: Set<String> = ["script", "style", "head"]
    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "copy": "©", "euro": "€",
    ]

    /// The text of `html` on one line: tags dropped, `<br>`/`<p>` and newlines as single spaces, entities decoded.
    public static func plain(_ html: String) -> String {
        var output = ""
        var index = html.startIndex
        var hiddenUntil: String?
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let name = tagName(html[html.index(after: index)..<close])
                if let hidden = hiddenUntil {
                    if name == "/" + hidden { hiddenUntil = nil }
                } else if hiddenElements.contains(name) {
                    hiddenUntil = name
                } else if breakingTags.contains(name.hasPrefix("/") ? String(name.dropFirst()) : name) {
                    output.append(" ")
                }
                index = html.index(after: close)
                continue
            }
            if hiddenUntil != nil {
                index = html.index(after: index)
                continue
            }
            if character == "&", let (decoded, next) = entity(in: html, at: index) {
                output += decoded
                index = next
                continue
            }
            output.append(character)
            index = html.index(after: index)
        }
        return collapseWhitespace(output)
    }

    /// The lower-cased element name of a tag's inside (`/p`, `br`, `a`), keeping a leading slash.
    private static func tagName(_ inside: Substring) -> String {
        let trimmed = inside.drop { $0 == " " }
        let closing = trimmed.hasPrefix("/")
        let name = (closing ? trimmed.dropFirst() : trimmed).prefix { $0.isLetter || $0.isNumber }
        return (closing ? "/" : "") + name.lowercased()
    }

    /// Decodes `&name;`, `&#123;` or `&#x1F;` at `start`; `nil` leaves a lone `&` as it is.
    private static func entity(in text: String, at start: String.Index) -> (String, String.Index)? {
        let body = text[text.index(after: start)...].prefix(10)
        guard let semicolon = body.firstIndex(of: ";") else { return nil }
        let name = body[body.startIndex..<semicolon]
        let next = text.index(after: semicolon)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.lowercased().hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), next)
        }
        guard let decoded = namedEntities[name.lowercased()] else { return nil }
        return (decoded, next)
    }

    private static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
