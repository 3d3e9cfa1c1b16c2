/// The scopes a 403 says the token lacks, read from HubSpot's error body.
///
/// HubSpot documents them as `context.missingScopes` (the `Error` schema's example), while the bodies people
/// report carry them in `errors[].context.requiredGranularScopes` (earlier `requiredScopes`) under "One or more
/// of the following scopes are required": any one of them would do. All three spellings are read
/// (docs/decisions/0030-missing-scopes.md).
public struct MissingScopes: Sendable, Hashable, CustomStringConvertible {
    /// The scopes named, in the order HubSpot gave them, without repeats.
    public let scopes: [String]

    /// Creates the value; `nil` when `scopes` names none.
    public init?(_ scopes: [String]) {
        var seen = Set<String>()
        let names = scopes.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty && seen.insert($0).inserted
        }
        guard !names.isEmpty else { return nil }
        self.scopes = names
    }

    /// The context keys that name scopes, in the order they are trusted.
    static let contextKeys = ["missingScopes", "requiredGranularScopes", "requiredScopes"]

    /// The scopes `body` names, at its top level or in its details; `nil` when it names none.
    public init?(body: APIErrorBody) {
        var found: [String] = []
        for context in [body.context] + (body.errors ?? []).map(\.context) {
            for key in Self.contextKeys { found += context?[key] ?? [] }
        }
        self.init(found)
    }

    /// "the scope tickets", or "one of the scopes a, b" when any of several would do.
    public var description: String {
        scopes.count == 1 ? "the scope \(scopes[0])" : "one of the scopes \(scopes.joined(separator: ", "))"
    }

    /// "this key lacks the scope tickets — add it to the service key": what a person reads where a type or a
    /// record could not be loaded.
    public var advice: String {
        "this key lacks \(description) — add \(scopes.count == 1 ? "it" : "one") to the service key"
    }
}
