/// A generation of HubSpot's REST API. Since 2026-03-30 HubSpot versions its APIs by date
/// (`/crm/objects/2026-09/contacts`), a new release each March and September; the v3/v4 paths are
/// `legacy` (v4 unsupported from 2027-03-30, v3 from September 2027).
public enum APIVersion: String, Sendable, Hashable, CaseIterable, Codable {
    /// The September 2026 release: no 207 answers, associations read in batches.
    case september2026 = "2026-09"
    /// The March 2026 release.
    case march2026 = "2026-03"
    /// The v3 (objects, properties, pipelines, owners, schemas, account) and v4 (associations) paths.
    case legacy

    /// The generation a client speaks unless told otherwise.
    public static let standard: APIVersion = .september2026

    /// The value as `--api-version` and a profile's `api_version` spell it.
    public var name: String { rawValue }

    /// The generations, as a message lists them ("2026-09, 2026-03, legacy").
    public static var names: String { allCases.map(\.name).joined(separator: ", ") }

    /// Whether this is one of the date-versioned releases.
    public var isDated: Bool { self != .legacy }

    /// Whether a record's associations of one type can be listed with a GET on the record (gone in 2026-09,
    /// where the association batch read takes its place).
    public var listsAssociationsPerRecord: Bool { self != .september2026 }
}
