import ArgumentParser
import Foundation
import HubSpot
import TerminalUI

/// Exit statuses of the scriptable commands, so scripts can tell failures apart.
enum ScriptExit {
    /// 3: the record or type does not exist (HubSpot 404).
    static let notFound: Int32 = 3
    /// 4: the token was refused (401/403).
    static let unauthorized: Int32 = 4
    /// 5: no answer from the server.
    static let unreachable: Int32 = 5
    /// 1: any other error HubSpot answered with (validation, rate limits once retries ran out, 5xx).
    static let apiError: Int32 = 1
    /// 6: the browser was started without a terminal to draw in or read keys from.
    static let noTerminal: Int32 = 6

    /// Runs `work`, turning a `HubSpotError` into a one-line message on stderr and its exit status.
    static func run(_ work: () throws -> Void) throws {
        do {
            try work()
        } catch let error as HubSpotError {
            // A 403 that names the scope says which, instead of HubSpot's general "hasn't been granted all…".
            let text =
                error.missingScopes.map { "HubSpot 403 \(error.category ?? "MISSING_SCOPES"): \($0.advice)" }
                ?? error.errorDescription ?? error.message
            StandardErrorLine.write(text)
            throw ExitCode(status(for: error))
        }
    }

    static func status(for error: HubSpotError) -> Int32 {
        switch error {
        case .api(404, _): notFound
        case .api(401, _), .api(403, _): unauthorized
        case .transport: unreachable
        default: apiError
        }
    }
}

/// Writes scriptable output: JSON documents, JSON lines, or a plain table safe for any terminal.
enum ScriptOutput {
    /// One JSON document on stdout.
    static func json<T: Encodable>(_ value: T, pretty: Bool = true) throws {
        var data = try HubSpotJSON.encoder(pretty: pretty).encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }

    /// `url` as an OSC 8 hyperlink when stdout is a terminal (click to open, in terminals that support it;
    /// others show the plain text), else plain text for pipes.
    static func link(_ url: String) -> String {
        guard isatty(STDOUT_FILENO) == 1 else { return url }
        return "\u{1B}]8;;\(url)\u{1B}\\\(url)\u{1B}]8;;\u{1B}\\"
    }

    /// A table: a header row and aligned columns; values are sanitised so no control character
    /// from the CRM reaches the terminal.
    static func table(headers: [String], rows: [[String]]) {
        let clean = rows.map { $0.map { TerminalText.sanitize($0) } }
        var widths = headers.map(TerminalText.displayWidth)
        for row in clean {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = min(60, max(widths[index], TerminalText.displayWidth(cell)))
            }
        }
        var out = ""
        for row in [headers] + clean {
            out +=
                zip(row, widths).map { TerminalText.pad($0, toWidth: $1) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
