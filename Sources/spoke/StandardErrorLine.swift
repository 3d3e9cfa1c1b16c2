import Foundation
import HubSpot
import TerminalUI

/// One `spoke: …` line on stderr, sanitised like the table: a server's text there (an error message, a header)
/// must not move the cursor, reverse the line (U+202E) or start an escape sequence (U+009B).
enum StandardErrorLine {
    /// Writes `text` as one line.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data("spoke: \(TerminalText.sanitize(text))\n".utf8))
    }

    /// A client observer that says on stderr what a person at the command line should know while a command
    /// runs: a server's `Retry-After` the client would not wait as asked.
    static let clientObserver: @Sendable (ClientEvent) -> Void = { event in
        if case .retryAfterClamped(_, _, let clamp) = event { write(clamp.description) }
    }
}
