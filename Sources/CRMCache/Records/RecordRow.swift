import Foundation
import GRDB
import HubSpot

/// One row of `records`: a record's properties as JSON plus when it was fetched and last viewed.
struct RecordRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "records"

    enum CodingKeys: String, CodingKey {
        case typeID = "type_id"
        case id, properties
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case archived
        case fetchedAt = "fetched_at"
        case viewedAt = "viewed_at"
        case localOnly = "local_only"
    }

    var typeID: String
    var id: String
    var properties: String
    var createdAt: String
    var updatedAt: String
    var archived: Bool
    var fetchedAt: Double
    var viewedAt: Double?
    var localOnly: Bool

    /// The row for `record`, with its properties encoded.
    init(_ record: CRMRecord, typeID: String, fetchedAt: Date, viewedAt: Double? = nil, localOnly: Bool = false) throws
    {
        self.typeID = typeID
        self.id = record.id
        self.properties = try Self.encode(record.properties)
        self.createdAt = HubSpotTimestamp.format(record.createdAt)
        self.updatedAt = HubSpotTimestamp.format(record.updatedAt)
        self.archived = record.archived
        self.fetchedAt = fetchedAt.timeIntervalSince1970
        self.viewedAt = viewedAt
        self.localOnly = localOnly
    }

    /// The decoded property values.
    func decodedProperties() throws -> [String: String?] {
        try JSONDecoder().decode([String: String?].self, from: Data(properties.utf8))
    }

    /// The record this row stores.
    func record() throws -> CRMRecord {
        guard let created = HubSpotTimestamp.parse(createdAt), let updated = HubSpotTimestamp.parse(updatedAt) else {
            throw CacheError.corrupt("timestamps of \(typeID)/\(id)")
        }
        return CRMRecord(
            id: id, properties: try decodedProperties(), createdAt: created, updatedAt: updated,
            archived: archived)
    }

    /// Sorted-key JSON so equal property sets store equal text.
    static func encode(_ properties: [String: String?]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(properties), as: UTF8.self)
    }
}
