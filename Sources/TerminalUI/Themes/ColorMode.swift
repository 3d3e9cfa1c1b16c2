/// How much colour the backend may use.
public enum ColorMode: Hashable, Sendable {
    /// Whatever the terminal reports (256 colours, 16, 8 or none).
    case automatic
    /// Attributes only; for NO_COLOR and monochrome terminals.
    case none
    /// At most the 16 basic colours even if the terminal has more (the user's palette decides their look).
    case basic
    /// The xterm 256-colour palette (falls back to fewer if the terminal has fewer).
    case extended

    /// `.none` when the NO_COLOR convention (https://no-color.org) asks for it, otherwise `fallback`.
    public static func respectingNoColor(
        environment: [String: String],
        otherwise fallback: ColorMode = .automatic
    ) -> ColorMode {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .none }
        return fallback
    }
}
