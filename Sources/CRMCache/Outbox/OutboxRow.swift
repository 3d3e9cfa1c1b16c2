import Foundation
import GRDB
import HubSpot

/// One row of `outbox`; the change's details live in `payload` as JSON.
struct OutboxRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "outbox"

    enum CodingKeys: String, CodingKey {
        case seq, kind
        case typeID = "type_id"
        case recordID = "record_id"
        case payload
        case baseUpdatedAt = "base_updated_at"
        case createdAt = "created_at"
        case state
        case lastError = "last_error"
        case serverRecord = "server_record"
        case sentAt = "sent_at"
    }

    /// What `payload` holds.
    struct Payload: Codable {
        var properties: [String: String] = [:]
        var baseValues: [String: String?] = [:]
        var associations: [AssociationInput] = []
        /// The other record of an association change.
        var target: RecordReference?
        var associationTypes: [AssociationSpec] = []

        init() {}

        // Rows written before association changes existed lack the new keys.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            properties = try container.decodeIfPresent([String: String].self, forKey: .properties) ?? [:]
            baseValues = try container.decodeIfPresent([String: String?].self, forKey: .baseValues) ?? [:]
            associations = try container.decodeIfPresent([AssociationInput].self, forKey: .associations) ?? []
            target = try container.decodeIfPresent(RecordReference.self, forKey: .target)
            associationTypes = try container.decodeIfPresent([AssociationSpec].self, forKey: .associationTypes) ?? []
        }
    }

    var seq: Int64?
    var kind: String
    var typeID: String
    var recordID: String
    var payload: String
    var baseUpdatedAt: String?
    var createdAt: Double
    var state: String
    var lastError: String?
    var serverRecord: String?
    var sentAt: Double?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        seq = inserted.rowID
    }

    func decodedPayload() throws -> Payload {
        try JSONDecoder().decode(Payload.self, from: Data(payload.utf8))
    }

    /// The change this row queues.
    func change() throws -> PendingChange {
        let payload = try decodedPayload()
        switch kind {
        case "update":
            return .update(
                typeID: typeID, id: recordID, properties: payload.properties,
                baseUpdatedAt: baseUpdatedAt.flatMap(HubSpotTimestamp.parse))
        case "create":
            return .create(
                typeID: typeID, temporaryID: recordID, properties: payload.properties,
                associations: payload.associations)
        case "archive":
            return .archive(typeID: typeID, id: recordID)
        case "associate", "disassociate":
            guard let target = payload.target else {
                throw CacheError.corrupt("outbox entry #\(seq ?? 0) has no association target")
            }
            return kind == "associate"
                ? .associate(
                    typeID: typeID, id: recordID, toTypeID: target.typeID, toID: target.id,
                    types: payload.associationTypes)
                : .disassociate(typeID: typeID, id: recordID, toTypeID: target.typeID, toID: target.id)
        default:
            throw CacheError.corrupt("outbox entry #\(seq ?? 0) has kind \(kind)")
        }
    }

    /// The public form.
    func entry() throws -> OutboxEntry {
        let server = try serverRecord.map { try HubSpotJSON.decoder().decode(CRMRecord.self, from: Data($0.utf8)) }
        return OutboxEntry(
            seq: seq ?? 0, change: try change(), state: OutboxEntry.State(rawValue: state) ?? .pending,
            createdAt: Date(timeIntervalSince1970: createdAt),
            baseValues: try decodedPayload().baseValues, serverRecord: server, lastError: lastError,
            sentAt: sentAt.map { Date(timeIntervalSince1970: $0) })
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = HubSpotJSON.encoder()
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
