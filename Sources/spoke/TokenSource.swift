import ArgumentParser
import Foundation

/// Reads the access token from where a `TokenOrigin` says it is. Never printed.
enum TokenSource {
    /// The token, or `nil` when none is configured: `--token-file`, else `HUBSPOT_ACCESS_TOKEN`.
    static func resolve(tokenFile: String?, environment: [String: String]) throws -> String? {
        guard let origin = tokenFile.map(TokenOrigin.tokenFileOption) ?? environmentOrigin(environment) else {
            return nil
        }
        do {
            return try read(origin, environment: environment)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// `.environment` when `HUBSPOT_ACCESS_TOKEN` holds something other than blanks.
    static func environmentOrigin(_ environment: [String: String]) -> TokenOrigin? {
        let token = environment["HUBSPOT_ACCESS_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        return token?.isEmpty == false ? .environment : nil
    }

    /// The token `origin` holds, trimmed.
    static func read(_ origin: TokenOrigin, environment: [String: String]) throws(TokenProblem) -> String {
        switch origin {
        case .tokenFileOption(let path), .profileTokenFile(_, let path):
            return try readFile(path)
        case .profileVariable(let profile, let variable):
            guard let token = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty
            else {
                throw TokenProblem(
                    message: "profile \"\(profile)\" reads its token from $\(variable), which is not set",
                    fix: "export \(variable)=<your service key>")
            }
            return token
        case .environment:
            return environment["HUBSPOT_ACCESS_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }
    }

    /// The token in the file at `path`, which only its owner may read: a key anyone on the machine can read
    /// is refused, with the chmod that fixes it.
    static func readFile(_ path: String) throws(TokenProblem) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw TokenProblem(
                message: "cannot read token file \(path): \(String(cString: strerror(errno)))",
                fix: "write your service key to \(path), then chmod 600 \(path)")
        }
        if info.st_mode & 0o077 != 0 {
            throw TokenProblem(
                message: "token file \(path) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8)))",
                fix: "chmod 600 \(path)")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw TokenProblem(
                message: "cannot read token file \(path) as UTF-8 text", fix: "write your service key to \(path)")
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else {
            throw TokenProblem(message: "token file \(path) is empty", fix: "write your service key to \(path)")
        }
        return token
    }

    /// The file's permission bits, e.g. `0o600`; `nil` when it cannot be examined.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : nil
    }
}
