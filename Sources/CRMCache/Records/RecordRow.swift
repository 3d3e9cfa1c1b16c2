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
    init(_ record: CRMRecord, typeID: String, fetchedAt: Date, viewedAt: Double? = nil, localOnly: Bool = false) {
        self.typeID = typeID
        self.id = record.id
        self.properties = Self.encode(record.properties)
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

    /// Sorted-key JSON so equal property sets store equal text: the bytes `JSONEncoder` writes with
    /// `.sortedKeys`, written directly, since the generic encoder was a tenth of a sync's CPU (decision 0044).
    static func encode(_ properties: [String: String?]) -> String {
        var bytes: [UInt8] = [0x7B]
        bytes.reserveCapacity(properties.count * 32)
        for (index, name) in properties.keys.sorted().enumerated() {
            if index > 0 { bytes.append(0x2C) }
            appendQuoted(name, to: &bytes)
            bytes.append(0x3A)
            if let value = properties[name] ?? nil {
                appendQuoted(value, to: &bytes)
            } else {
                bytes.append(contentsOf: "null".utf8)
            }
        }
        bytes.append(0x7D)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as a JSON string, escaped as `JSONEncoder` escapes it: quote, backslash and slash, the five
    /// short control escapes, and other controls as `\u00xx`; everything else as its UTF-8.
    private static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C, 0x2F: bytes.append(contentsOf: [0x5C, byte])
            case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
            case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}
