import HubSpot
import TerminalUI

/// The full-value view (`z`): one property's value whole, as paragraphs wrapped to the box, scrolled to `offset`.
public struct FullValue: Sendable, Equatable {
    /// The property's label, the box's title.
    public var title: String
    /// The text, one entry a paragraph; wrapped when drawn, so a resize rewraps it.
    public var paragraphs: [String]
    /// The most characters of a value the view wraps.
    static let shownLimit = 20_000
    /// The first wrapped line shown.
    public var offset: Int = 0

    /// Creates the view of `paragraphs` under `title`.
    public init(title: String, paragraphs: [String], offset: Int = 0) {
        self.title = title
        self.paragraphs = paragraphs
        self.offset = offset
    }

    /// A value as paragraphs a person reads: HTML (a note's body) as its text, split where its blocks end;
    /// other text at its own line breaks; options, dates and yes/no as the record pane shows them.
    public static func paragraphs(of whole: String, definition: PropertyDefinition?) -> [String] {
        if whole.isEmpty { return ["(empty)"] }
        // Wrapped on every draw and every key: a megabyte value is shown in part, and says so.
        let raw = String(whole.prefix(shownLimit))
        if raw.count < whole.count {
            return paragraphs(of: raw, definition: definition)
                + ["", "… the first \(shownLimit) of \(whole.count) characters; E opens it all in $EDITOR"]
        }
        let isHTML =
            definition?.fieldType == "html" || raw.contains(/<\/?[A-Za-z][^>]*>/)
            || raw.contains(/&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);/)
        if isHTML {
            // HTMLText gives one line; cutting at the block ends first keeps a note's paragraphs apart.
            let blocks = raw.split(separator: /<(br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/blockquote)\b[^>]*>/)
            let text = blocks.map { HTMLText.plain(String($0)) }.filter { !$0.isEmpty }
            return text.isEmpty ? ["(empty)"] : text
        }
        if definition?.type == "string" || definition == nil {
            return raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return [PropertyFormatter.display(raw, definition: definition)]
    }

    /// The paragraphs wrapped to `width`, an empty paragraph kept as a blank line.
    func lines(width: Int) -> [String] {
        paragraphs.flatMap { paragraph -> [String] in
            let wrapped = TerminalText.wrap(paragraph, toWidth: width)
            return wrapped.isEmpty ? [""] : wrapped
        }
    }
}
