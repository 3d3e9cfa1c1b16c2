import HubSpot

/// The scopes a request needs, worked out from its method and path the way HubSpot's per-area specs list them
/// (docs/decisions/0030-missing-scopes.md): any one of `scopes` is enough.
struct ScopeRequirement: Sendable, Hashable {
    /// The scopes that would each let the request through, as a 403 names them.
    let scopes: [String]
    /// Property and pipeline reads take any read scope at all (the specs list every object's).
    let anyReadScope: Bool

    /// Whether a key granted `granted` may make the request.
    func isMet(by granted: Set<String>) -> Bool {
        if scopes.contains(where: granted.contains) { return true }
        return anyReadScope && granted.contains(where: Self.isReadScope)
    }

    /// A scope that reads something: `….read`, and the old all-in-one scopes that include reading.
    static func isReadScope(_ scope: String) -> Bool {
        scope.hasSuffix(".read") || ["tickets", "e-commerce", "automation", "timeline"].contains(scope)
    }

    /// What `method` on `path` needs; `nil` for paths that need no scope (the OAuth token endpoint) or that no
    /// route serves (their 404 comes first).
    static func of(method: String, path: String) -> ScopeRequirement? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let area = Area(parts) else { return nil }
        let reads =
            method == "GET" || (method == "POST" && (path.hasSuffix("/batch/read") || path.hasSuffix("/search")))
        switch area {
        case .account: return ScopeRequirement(scopes: [ObjectScopes.accountRead], anyReadScope: false)
        case .owners: return ScopeRequirement(scopes: [ObjectScopes.ownersRead], anyReadScope: false)
        case .schemas:
            return reads
                ? ScopeRequirement(
                    scopes: [ObjectScopes.customSchemasRead, "crm.objects.custom.read"], anyReadScope: false)
                : ScopeRequirement(scopes: [ObjectScopes.customSchemasWrite], anyReadScope: false)
        case .records(let type):
            let scopes = ObjectScopes(type: type)
            return ScopeRequirement(scopes: reads ? scopes.read : scopes.write, anyReadScope: false)
        case .definitions(let type):
            let scopes = ObjectScopes(type: type)
            return reads
                ? ScopeRequirement(scopes: scopes.read, anyReadScope: true)
                : ScopeRequirement(scopes: scopes.schemaWrite, anyReadScope: false)
        }
    }

    /// The API area a path belongs to, with the object type it names.
    enum Area {
        case account, owners, schemas
        /// Records, their associations and searches: the type's own scopes (for associations, the first type's).
        case records(String)
        /// Property definitions, groups and pipelines.
        case definitions(String)

        /// Reads legacy (`/crm/v3/objects/…`, `/crm/v4/associations/…`) and dated
        /// (`/crm/objects/2026-09/…`) paths alike: the generation sits in a fixed place in each.
        init?(_ parts: [String]) {
            guard parts.count >= 2 else { return nil }
            if parts[0] == "account-info" {
                self = .account
                return
            }
            if parts[0] == "crm-object-schemas" {
                self = .schemas
                return
            }
            guard parts[0] == "crm", parts.count >= 3 else { return nil }
            // Legacy: crm/v3/<area>/…; dated and the labels' alias: crm/<area>/<version>/….
            let isLegacy = parts[1].hasPrefix("v") && parts[1].count == 2
            let area = isLegacy ? parts[2] : parts[1]
            let rest = Array(parts.dropFirst(3))
            switch area {
            case "owners": self = .owners
            case "schemas": self = .schemas
            case "objects", "associations":
                guard let type = rest.first else { return nil }
                self = .records(type)
            case "properties", "pipelines":
                guard let type = rest.first else { return nil }
                self = .definitions(type)
            default: return nil
            }
        }
    }
}
