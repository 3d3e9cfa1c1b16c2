import Foundation

// Rules on addresses: email, domain, URL, and the allowed and blocked domains of the last two.
extension ValidationRuleEvaluator {
    /// Whether `value` is an email address as HubSpot takes them: one `@`, a non-empty local part, a domain
    /// with a dot and no empty label, nothing blank or bracketed anywhere.
    public static func isEmailAddress(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, value == trimmed(value),
            !value.contains(where: { $0.isWhitespace || "<>()[],;:\\\"".contains($0) })
        else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// Whether `value` is a host name: two or more labels of letters, digits and inner hyphens, at most 63
    /// characters each, the last one letters only (`example.com`, `sakura.co.jp`, `münchen.de`).
    static func isDomain(_ value: String) -> Bool {
        let labels = value.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, value.count <= 253, let top = labels.last, top.count >= 2,
            top.allSatisfy(\.isLetter)
        else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isLetter || ($0.isASCII && $0.isNumber) || $0 == "-" }
        }
    }

    /// The host of a URL (`https://www.example.com/path` → `www.example.com`), or nil when `value` is none.
    /// The scheme may be left out (`example.com/pricing`), as people type them; if given it is http or https.
    static func urlHost(_ value: String) -> String? {
        guard !value.contains(where: \.isWhitespace) else { return nil }
        var rest = Substring(value)
        if let range = rest.range(of: "://") {
            guard ["http", "https"].contains(rest[..<range.lowerBound].lowercased()) else { return nil }
            rest = rest[range.upperBound...]
        }
        let authority = rest.prefix { !"/?#".contains($0) }
        var host = authority
        if let colon = authority.lastIndex(of: ":") {
            let port = authority[authority.index(after: colon)...]
            guard !port.isEmpty, port.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            host = authority[..<colon]
        }
        let name = host.lowercased()
        return isDomain(name) ? name : nil
    }

    /// EMAIL_ALLOWED_DOMAINS / EMAIL_BLOCKED_DOMAINS / URL_ALLOWED_DOMAINS / URL_BLOCKED_DOMAINS `[domain, …]`:
    /// a domain covers itself and its subdomains (`mail.example.com` is at `example.com`).
    static func domains(_ value: String, _ type: ValidationRuleType, _ arguments: [String]) -> Check {
        let listed = arguments.map { trimmed($0).lowercased() }.filter { !$0.isEmpty }
        guard !listed.isEmpty else { return .unknown }
        let isEmail = type == .emailAllowedDomains || type == .emailBlockedDomains
        let host: String? =
            isEmail
            ? (isEmailAddress(value) ? value.split(separator: "@").last.map { $0.lowercased() } : nil)
            : urlHost(value)
        let match = host.flatMap { host in listed.first { host == $0 || host.hasSuffix("." + $0) } }
        let noun = isEmail ? "an email address at" : "a URL on"
        switch type {
        case .emailAllowedDomains, .urlAllowedDomains:
            return match != nil ? .pass : .fail("must be \(noun) \(listed.joined(separator: ", "))")
        default:
            return match.map { .fail("may not be \(noun) \($0)") } ?? .pass
        }
    }
}
