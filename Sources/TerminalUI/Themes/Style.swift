/// The concrete look of a cell: colours plus attributes.
public struct Style: Hashable, Sendable {
    /// Text colour.
    public var foreground: TerminalColor
    /// Cell background colour.
    public var background: TerminalColor
    /// Bold, underline and friends.
    public var attributes: TextAttributes

    /// Creates a style; everything defaults to the terminal's own look.
    public init(
        foreground: TerminalColor = .terminalDefault,
        background: TerminalColor = .terminalDefault,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours with no attributes.
    public static let plain = Style()

    /// The same attributes without any colour, as shown when colour is disabled.
    public var withoutColors: Style { Style(attributes: attributes) }
}
