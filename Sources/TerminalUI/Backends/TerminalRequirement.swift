import Foundation

/// Why the full-screen browser cannot run here, checked before anything starts: with no terminal on
/// standard input ncurses never sees a key (and `spoke < /dev/null` would spin), with none on standard
/// output its escape codes would go into a pipe, and a `dumb` terminal cannot move the cursor.
public enum TerminalRequirement {
    /// A one-line reason naming what is missing and what to do instead, or nil when the browser can run.
    /// `inputIsTerminal` and `outputIsTerminal` stand in for the process's own descriptors (in tests).
    public static func problem(
        environment: [String: String] = ProcessInfo.processInfo.environment, inputIsTerminal: Bool? = nil,
        outputIsTerminal: Bool? = nil
    ) -> String? {
        let inputIsTerminal = inputIsTerminal ?? (isatty(STDIN_FILENO) == 1)
        let outputIsTerminal = outputIsTerminal ?? (isatty(STDOUT_FILENO) == 1)
        let instead = "for scripts, use spoke list, get or search (--json)"
        if !inputIsTerminal {
            return "standard input is not a terminal, so the browser cannot read keys; run spoke in a terminal, or "
                + instead
        }
        if !outputIsTerminal {
            return "standard output is not a terminal (a pipe or a file), so the browser cannot draw; " + instead
        }
        let term = environment["TERM"]?.trimmingCharacters(in: .whitespaces) ?? ""
        if term.isEmpty || term == "dumb" || term == "unknown" {
            let named = term.isEmpty ? "TERM is not set" : "TERM is \"\(term)\""
            return "\(named), a terminal that cannot place the cursor, so the browser cannot draw; set TERM to your "
                + "terminal's type (xterm-256color, tmux-256color, screen-256color), or " + instead
        }
        return nil
    }
}
