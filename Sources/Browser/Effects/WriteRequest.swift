import Foundation
import HubSpot

/// A change the user asked for, as the browser hands it to the `WriteGateway`.
///
/// Screens build these; the gateway decides how they reach HubSpot (now, or through the cache's
/// outbox when offline) and answers with a `WriteOutcome`.
public enum WriteRequest: Sendable, Hashable {
    /// New values for some properties of one record (`""` clears). `base` is the record's
    /// `updatedAt` when the user opened it: the gateway refuses to overwrite a newer server version
    /// and answers `.conflict` instead. `nil` skips that check.
    case update(typeID: String, id: String, changes: [String: String], base: Date?)
    /// A new record, optionally associated with others at creation.
    case create(typeID: String, properties: [String: String], associations: [AssociationInput])
    /// Records moved to the recycle bin (one DELETE, or batch archive in chunks of 100).
    case archive(typeID: String, ids: [String])
    /// The same property changes applied to many records (batch update in chunks of 100).
    case bulkUpdate(typeID: String, ids: [String], changes: [String: String])
    /// Pins an associated activity on a record (`hs_pinned_engagement_id`); `nil` unpins.
    case pin(typeID: String, id: String, engagementID: String?)
    /// Associates two records with the given association types (empty: the pair's default type).
    case associate(fromType: String, fromID: String, toType: String, toID: String, types: [AssociationSpec])
    /// Removes every association between two records.
    case disassociate(fromType: String, fromID: String, toType: String, toID: String)

    /// The object type the request is about (the source's, for associations).
    public var typeID: String {
        switch self {
        case .update(let typeID, _, _, _), .create(let typeID, _, _), .archive(let typeID, _),
            .bulkUpdate(let typeID, _, _), .pin(let typeID, _, _):
            typeID
        case .associate(let fromType, _, _, _, _), .disassociate(let fromType, _, _, _):
            fromType
        }
    }
}

/// How a `WriteRequest` ended.
public enum WriteOutcome: Sendable, Equatable {
    /// HubSpot accepted it; the record as HubSpot now has it, when the request returns one.
    case saved(CRMRecord?)
    /// Held in the local outbox, to be sent when the network is back (`pending` entries waiting).
    case queued(pending: Int)
    /// The record changed on the server after `base`; nothing was written. Carries the server's version.
    case conflict(server: CRMRecord)
    /// HubSpot (or the gateway) refused it; nothing was written.
    case rejected(WriteFailure)
    /// A batch where some inputs succeeded and some did not.
    case partial(succeeded: [String], failed: [WriteFailure.ItemError])
}

/// Why a write was refused, with the properties the server named, so screens can show each
/// message next to its property.
public struct WriteFailure: Sendable, Equatable, Error {
    /// One input of a batch that failed.
    public struct ItemError: Sendable, Equatable {
        /// The record id (or the input's position for a create).
        public var id: String
        /// What was wrong.
        public var message: String

        /// Creates an item error.
        public init(id: String, message: String) {
            self.id = id
            self.message = message
        }
    }

    /// The whole message, e.g. HubSpot's `message`.
    public var message: String
    /// Messages by property name, from `errors[].in`, `errors[].context.propertyName` or the body's context.
    public var propertyMessages: [String: String]
    /// The HTTP status, when the server answered.
    public var status: Int?
    /// Whether the server could not be reached at all (the change may be queued instead).
    public var isTransport = false

    /// Creates a failure.
    public init(message: String, propertyMessages: [String: String] = [:], status: Int? = nil) {
        self.message = message
        self.propertyMessages = propertyMessages
        self.status = status
    }

    /// Reads the per-property messages out of a HubSpot error.
    public init(_ error: any Error) {
        guard let hubSpot = error as? HubSpotError else {
            self.init(message: String(describing: error))
            return
        }
        var byProperty: [String: String] = [:]
        if case .api(_, let body) = hubSpot {
            for detail in body.errors ?? [] {
                let names = [detail.in].compactMap { $0 } + (detail.context?["propertyName"] ?? [])
                for name in names where byProperty[name] == nil { byProperty[name] = detail.message }
            }
            // A validation rule's failure may come only as the list HubSpot embeds in the message.
            for result in body.propertyValidationResults where byProperty[result.name] == nil {
                byProperty[result.name] = result.message
            }
            for name in body.context?["propertyName"] ?? [] where byProperty[name] == nil {
                byProperty[name] = body.message ?? hubSpot.message
            }
        }
        self.init(
            message: hubSpot.errorDescription ?? hubSpot.message, propertyMessages: byProperty,
            status: hubSpot.status)
        if case .transport = hubSpot { isTransport = true }
    }
}
