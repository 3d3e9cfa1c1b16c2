import HubSpot
import Hummingbird

/// One generation of HubSpot's API paths the sandbox serves; every shape difference between them is decided here.
///
/// All generations read and write the same portal state: only paths, statuses and body shapes differ.
public enum APIGeneration: String, CaseIterable, Sendable {
    /// The `/crm/v3/…` and `/crm/v4/…` paths HubSpot's SDKs still call.
    case legacy
    /// The 2026-03 date-versioned paths.
    case march2026 = "2026-03"
    /// The 2026-09 date-versioned paths.
    case september2026 = "2026-09"

    /// Records, search and record batches: `/crm/v3/objects` or `/crm/objects/{version}`.
    public var objectsPath: String {
        self == .legacy ? "/crm/v3/objects" : "/crm/objects/\(rawValue)"
    }

    /// Per-record association writes (and the list, where served): `/crm/v4/objects` or `/crm/objects/{version}`.
    public var recordAssociationsPath: String {
        self == .legacy ? "/crm/v4/objects" : "/crm/objects/\(rawValue)"
    }

    /// Association batches: `/crm/v4/associations` or `/crm/associations/{version}`.
    public var associationsPath: String {
        self == .legacy ? "/crm/v4/associations" : "/crm/associations/\(rawValue)"
    }

    /// Association labels: legacy answers under both spellings HubSpot published; the dated ones have one path.
    public var associationLabelPaths: [String] {
        self == .legacy ? AssociationLabelPath.allCases.map(\.rawValue) : [associationsPath]
    }

    /// The status of a batch in which some inputs failed: 207 before 2026-09; 2026-09 has no 207 and reports
    /// the failures in the success answer's `errors[]`/`numErrors`.
    public func batchStatus(success: HTTPResponse.Status, someFailed: Bool) -> HTTPResponse.Status {
        guard someFailed, self != .september2026 else { return success }
        return HTTPResponse.Status(code: 207)
    }

    /// Association batch create: 201 in v4 and 2026-03, 200 in 2026-09.
    public var associationBatchCreateStatus: HTTPResponse.Status {
        self == .september2026 ? .ok : .created
    }

    /// Association batch archive and labels archive: 204 with no body in v4; the dated generations answer 200
    /// with an empty batch body.
    public var answersAssociationArchivesWithBody: Bool { self != .legacy }

    /// Association types name their two object types only in 2026-03 (optional there; v4 never sent them and
    /// 2026-09 removed them).
    public var associationTypesNameObjectTypes: Bool { self == .march2026 }

    /// Whether record properties without a value are sent as JSON `null`: v4 does (as HubSpot does) and 2026-09
    /// declares them nullable; 2026-03's schema does not, so the sandbox leaves such keys out there.
    public var sendsNullPropertyValues: Bool { self != .march2026 }

    /// Property definitions and groups: `/crm/v3/properties` or `/crm/properties/{version}`.
    public var propertiesPath: String {
        self == .legacy ? "/crm/v3/properties" : "/crm/properties/\(rawValue)"
    }

    /// Property validation rules: `/crm/v3/property-validations` or `/crm/property-validations/{version}`.
    public var propertyValidationsPath: String {
        self == .legacy ? "/crm/v3/property-validations" : "/crm/property-validations/\(rawValue)"
    }

    /// Pipelines and stages: `/crm/v3/pipelines` or `/crm/pipelines/{version}`.
    public var pipelinesPath: String {
        self == .legacy ? "/crm/v3/pipelines" : "/crm/pipelines/\(rawValue)"
    }

    /// Owners: `/crm/v3/owners` or `/crm/owners/{version}`.
    public var ownersPath: String {
        self == .legacy ? "/crm/v3/owners" : "/crm/owners/\(rawValue)"
    }

    /// Account information: `/account-info/v3` or `/account-info/{version}`.
    public var accountInfoPath: String {
        self == .legacy ? "/account-info/v3" : "/account-info/\(rawValue)"
    }

    /// Custom-object schemas: legacy answers under the documented and the short prefix; the dated ones have one.
    public var schemaPaths: [String] {
        self == .legacy
            ? ["/crm-object-schemas/v3/schemas", "/crm/v3/schemas"] : ["/crm-object-schemas/\(rawValue)/schemas"]
    }

    /// Property batch create: 201 in v3 and 2026-03, 200 in 2026-09.
    public var propertyBatchCreateStatus: HTTPResponse.Status {
        self == .september2026 ? .ok : .created
    }

    /// The dated specs require `writePermissions` on every stage; v3's is optional and the sandbox leaves it out.
    public var stagesCarryWritePermissions: Bool { self != .legacy }

    /// `GET …/{objectType}/{objectId}/associations/{toObjectType}`: gone from 2026-09, where batch read replaces it.
    public var servesRecordAssociationList: Bool { self != .september2026 }
}
