import Foundation
import HubSpot

/// Gives a contact associations with exactly K types, through the API, so `bench open --types` can time the
/// graph over 1…5 types.
enum AssociationShaper {
    /// The types given associations, in order; the first K are kept or added, every other type is cut.
    static let types = ["companies", "deals", "tickets", "notes", "tasks"]

    /// Shapes the contact at list row `row` (1-based) of the portal at `baseURL`: one or more associated records
    /// of each of the first `count` ``types``, none of any other type the graph reads. Returns its id.
    static func shape(_ baseURL: URL, row: Int, types count: Int) async throws -> String {
        let client = HubSpotClient(baseURL: baseURL, credentials: nil)
        let contacts = try await client.listRecords("contacts", ListQuery(limit: row)).results
        guard contacts.count == row else { throw ShapeError("the portal has fewer than \(row) contacts") }
        let contact = contacts[row - 1].id
        let kept = Set(types.prefix(count))
        let others = ObjectTypeRegistry.standard.all.filter { $0.group != .other && $0.name != "contacts" }
        for type in others {
            let associated = try await client.associations(of: "contacts", id: contact, to: type.name).results
            if kept.contains(type.name) {
                guard associated.isEmpty else { continue }
                guard let first = try await client.listRecords(type.name, ListQuery(limit: 1)).results.first else {
                    throw ShapeError("the portal has no \(type.name) to associate")
                }
                try await client.associateDefault("contacts", id: contact, with: type.name, id: first.id)
            } else {
                for record in associated {
                    try await client.removeAssociations("contacts", id: contact, from: type.name, id: record.toObjectId)
                }
            }
        }
        return contact
    }

    /// Why a portal could not be shaped.
    struct ShapeError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
