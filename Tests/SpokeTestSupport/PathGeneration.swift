import HubSpot

/// Which API generation a path a client sent belongs to: how the tests check that a client speaks only the
/// generation it was told. It lives with the tests so the client names no legacy path outside its legacy table.
public enum PathGeneration {
    /// The generation a (percent-encoded) path belongs to: a dated release when a segment near its start is
    /// that release's date (`/crm/objects/2026-09/…`, `/account-info/2026-09/…`), legacy when it is a
    /// `v<n>` version (`/crm/v3/…`, `/crm/v4/…`, `/crm-object-schemas/v3/…`), nil for paths no generation
    /// names (the OAuth token exchange). Used to check that a client speaks only the generation it was told.
    public static func of(_ path: String) -> APIVersion? {
        let pathOnly = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        let segments = pathOnly.split(separator: "/").prefix(3).map(String.init)
        guard let api = segments.first, api != "oauth" else { return nil }
        if let dated = segments.lazy.compactMap({ APIVersion(rawValue: $0) }).first(where: \.isDated) {
            return dated
        }
        let isVersionSegment = { (segment: String) in
            segment.count > 1 && segment.first == "v" && segment.dropFirst().allSatisfy(\.isNumber)
        }
        return segments.contains(where: isVersionSegment) ? .legacy : nil
    }
}
