import Foundation
import HubSpot

/// How replay finds, on the server, a create whose answer was lost (decision 0033). HubSpot has no
/// idempotency key, so the record is looked for by what it was created with.
enum CreateLookup {
    /// Properties HubSpot keeps unique per type in every portal: a create carrying one is found by it
    /// alone, and the answer is definite (companies' `domain` is not unique in HubSpot).
    static let uniqueProperties: [String: String] = ["0-1": "email"]
    /// How far the server's clock may be behind ours when matching `createdate` against the send time.
    static let clockSkew: TimeInterval = 600
    /// HubSpot allows six filters in a group: five values and the date.
    static let maxValueFilters = 5

    /// The filters that find the record `properties` created, sent at `sentAt`; empty when nothing
    /// identifies it.
    static func filters(typeID: String, properties: [String: String], sentAt: Date) -> [SearchFilter] {
        if let name = uniqueProperties[typeID], let value = properties[name], !value.isEmpty {
            return [SearchFilter(name, .eq, value)]
        }
        // Long or multi-line text does not filter reliably; short single-line values do.
        let usable = properties.filter { !$0.value.isEmpty && $0.value.count <= 256 && !$0.value.contains("\n") }
        let values = usable.keys.sorted().prefix(maxValueFilters).map { SearchFilter($0, .eq, usable[$0]) }
        guard !values.isEmpty else { return [] }
        let since = Int64((sentAt.timeIntervalSince1970 - clockSkew) * 1000)
        return values + [SearchFilter("createdate", .gte, String(since))]
    }
}
