/// What a role looks like on a terminal with a given number of colours.
extension Theme {
    /// The style drawn for `role` with `colorCount` colours: the theme's own when the terminal has colours,
    /// else the monochrome theme's. A colour theme tells rows apart by colour, which a terminal without
    /// colours (or NO_COLOR) drops, so there the attributes of the monochrome theme carry the distinctions.
    public func drawnStyle(for role: StyleRole, colorCount: Int) -> Style {
        colorCount > 0 ? style(for: role) : Theme.monochrome.style(for: role).withoutColors
    }

    /// The terminal colour numbers (-1 for the terminal's own) and attributes of `role` at `colorCount`: the
    /// ``drawnStyle(for:colorCount:)`` and ``TerminalColor/paletteIndex(colorCount:)`` the ncurses backend's
    /// colour pairs are made of, as one value a test can compare.
    public func look(for role: StyleRole, colorCount: Int) -> (
        foreground: Int16, background: Int16, attributes: TextAttributes
    ) {
        let style = drawnStyle(for: role, colorCount: colorCount)
        guard colorCount > 0 else { return (-1, -1, style.attributes) }
        return (
            style.foreground.paletteIndex(colorCount: colorCount),
            style.background.paletteIndex(colorCount: colorCount),
            style.attributes
        )
    }
}
