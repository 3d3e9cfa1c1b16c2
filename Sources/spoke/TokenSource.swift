import ArgumentParser
import Foundation

/// Where the access token comes from: `--token-file`, else `HUBSPOT_ACCESS_TOKEN`. Never printed.
enum TokenSource {
    /// The token, or `nil` when none is configured.
    static func resolve(tokenFile: String?, environment: [String: String]) throws -> String? {
        if let tokenFile {
            var info = stat()
            guard stat(tokenFile, &info) == 0 else {
                throw ValidationError("cannot read token file \(tokenFile): \(String(cString: strerror(errno)))")
            }
            if info.st_mode & 0o077 != 0 {
                throw ValidationError(
                    "token file \(tokenFile) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); "
                        + "fix it with: chmod 600 \(tokenFile)")
            }
            guard let text = try? String(contentsOfFile: tokenFile, encoding: .utf8) else {
                throw ValidationError("cannot read token file \(tokenFile) as UTF-8 text")
            }
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !token.isEmpty else { throw ValidationError("token file \(tokenFile) is empty") }
            return token
        }
        if let token = environment["HUBSPOT_ACCESS_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !token.isEmpty
        {
            return token
        }
        return nil
    }
}
