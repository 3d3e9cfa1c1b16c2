/// Every path the client calls, for one API generation: the one place that knows how HubSpot spells
/// them (`/crm/v3/objects/{type}` in legacy, `/crm/objects/2026-09/{type}` in a dated release). Each
/// argument is a raw value; the table percent-encodes it as a path segment.
public struct Endpoints: Sendable, Hashable {
    /// The generation the paths belong to.
    public let version: APIVersion

    /// The paths of `version`.
    public init(_ version: APIVersion) {
        self.version = version
    }

    /// `/crm/{family}/{version}` for a dated release, `/crm/{legacyVersion}/{family}` for legacy
    /// (`/crm/v3/objects`, `/crm/v4/associations`).
    private func crm(_ family: String, legacy legacyVersion: String = "v3") -> String {
        version.isDated ? "/crm/\(family)/\(version.rawValue)" : "/crm/\(legacyVersion)/\(family)"
    }

    /// `/{api}/{version}` for the APIs that name the version after themselves (schemas, account info):
    /// the release's date, or v3 in legacy.
    private func api(_ name: String) -> String {
        "/\(name)/" + (version.isDated ? version.rawValue : "v3")
    }

    private static func segment(_ text: String) -> String {
        HubSpotClient.segment(text)
    }

    // MARK: - Objects

    /// A type's records: list (GET) and create (POST).
    public func objects(_ type: String) -> String {
        crm("objects") + "/" + Self.segment(type)
    }

    /// One record: read, update, archive.
    public func object(_ type: String, _ id: String) -> String {
        objects(type) + "/" + Self.segment(id)
    }

    /// A batch action on a type's records: `read`, `create`, `update`, `upsert`, `archive`.
    public func objectsBatch(_ type: String, _ action: String) -> String {
        objects(type) + "/batch/" + action
    }

    /// A type's search.
    public func search(_ type: String) -> String {
        objects(type) + "/search"
    }

    // MARK: - Associations

    /// One page of a record's associations with `toType` (legacy v4 and 2026-03 only; 2026-09 reads them
    /// through ``associationsBatch(_:_:_:)``).
    public func associationList(_ type: String, _ id: String, _ toType: String) -> String {
        associationRecord(type, id) + "/associations/" + Self.segment(toType)
    }

    /// A record as the association paths name it: v4's own object path in legacy, the objects path in a release.
    private func associationRecord(_ type: String, _ id: String) -> String {
        version.isDated ? object(type, id) : Self.legacyV4Objects + "/\(Self.segment(type))/\(Self.segment(id))"
    }

    /// Where legacy (v4) association paths name records.
    private static let legacyV4Objects = "/crm/v4/objects"

    /// The association between two records, labelled by the body's types (PUT) or removed (DELETE).
    public func associationPair(_ type: String, _ id: String, _ toType: String, _ toId: String) -> String {
        associationList(type, id, toType) + "/" + Self.segment(toId)
    }

    /// The default (unlabelled) association between two records (PUT).
    public func associationDefault(_ type: String, _ id: String, _ toType: String, _ toId: String) -> String {
        associationRecord(type, id) + "/associations/default/" + Self.segment(toType) + "/" + Self.segment(toId)
    }

    /// A batch action on the associations from one type to another: `read`, `create`, `archive`,
    /// `associate/default`, `labels/archive`.
    public func associationsBatch(_ type: String, _ toType: String, _ action: String) -> String {
        crm("associations", legacy: "v4") + "/\(Self.segment(type))/\(Self.segment(toType))/batch/" + action
    }

    /// The association labels (types) between two object types.
    public func associationLabels(_ type: String, _ toType: String, legacySpelling: AssociationLabelPath) -> String {
        let root = version.isDated ? crm("associations") : legacySpelling.rawValue
        return root + "/\(Self.segment(type))/\(Self.segment(toType))/labels"
    }

    // MARK: - Properties, pipelines, owners, schemas, account

    /// A type's property definitions (or one of them).
    public func properties(_ type: String, _ name: String? = nil) -> String {
        crm("properties") + "/" + Self.segment(type) + (name.map { "/" + Self.segment($0) } ?? "")
    }

    /// A batch action on a type's property definitions.
    public func propertiesBatch(_ type: String, _ action: String) -> String {
        properties(type) + "/batch/" + action
    }

    /// A type's property groups (or one of them).
    public func propertyGroups(_ type: String, _ name: String? = nil) -> String {
        properties(type) + "/groups" + (name.map { "/" + Self.segment($0) } ?? "")
    }

    /// A type's property validation rules (GET), or one property's.
    public func propertyValidations(_ type: String, _ property: String? = nil) -> String {
        crm("property-validations") + "/" + Self.segment(type) + (property.map { "/" + Self.segment($0) } ?? "")
    }

    /// One validation rule of a property, by its rule type (GET, PUT).
    public func propertyValidationRule(_ type: String, _ property: String, _ ruleType: String) -> String {
        propertyValidations(type, property) + "/rule-type/" + Self.segment(ruleType)
    }

    /// A type's pipelines (or one of them).
    public func pipelines(_ type: String, _ id: String? = nil) -> String {
        crm("pipelines") + "/" + Self.segment(type) + (id.map { "/" + Self.segment($0) } ?? "")
    }

    /// The portal's owners (or one of them).
    public func owners(_ id: String? = nil) -> String {
        crm("owners") + (id.map { "/" + Self.segment($0) } ?? "")
    }

    /// The custom-object schemas (or one of them).
    public func schemas(_ objectType: String? = nil) -> String {
        api("crm-object-schemas") + "/schemas" + (objectType.map { "/" + Self.segment($0) } ?? "")
    }

    /// The account's details (id, time zone, web domain).
    public var accountDetails: String {
        api("account-info") + "/details"
    }

    // MARK: - From a dated path to legacy's

    /// The legacy path of the same call as `path`, a (percent-encoded) path of dated `version`, or nil when
    /// it is none. A record's associations move to v4's spelling; everything else swaps the date for v3.
    public static func legacyPath(ofDated path: String, version: APIVersion) -> String? {
        guard version.isDated else { return nil }
        let date = version.rawValue
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // ["", "crm", family, date, …] or ["", api, date, …]
        if parts.count > 3, parts[1] == "crm", parts[3] == date {
            let family = parts[2]
            if family == "associations" {
                parts[2] = "v4"
                parts[3] = "associations"
                return parts.joined(separator: "/")
            }
            // A record's associations: /crm/objects/{date}/{type}/{id}/associations/… is v4's.
            let isAssociationOfRecord = family == "objects" && parts.count > 6 && parts[6] == "associations"
            parts[2] = isAssociationOfRecord ? "v4" : "v3"
            parts[3] = family
            return parts.joined(separator: "/")
        }
        if parts.count > 2, ["crm-object-schemas", "account-info"].contains(parts[1]), parts[2] == date {
            parts[2] = "v3"
            return parts.joined(separator: "/")
        }
        return nil
    }
}
