import Foundation
import HubSpot

/// A change made locally that the server has not accepted yet.
public enum PendingChange: Sendable, Hashable {
    /// New values for some properties (`""` clears); `baseUpdatedAt` is the server's `updatedAt` the user
    /// edited from (nil: take the cached record's).
    case update(typeID: String, id: String, properties: [String: String], baseUpdatedAt: Date?)
    /// A record created offline under `temporaryID` (e.g. `local-1f3a…`), rewritten once the server assigns one.
    case create(typeID: String, temporaryID: String, properties: [String: String], associations: [AssociationInput])
    /// Moving a record to the recycle bin.
    case archive(typeID: String, id: String)
    /// Associating two records with `types` (empty: the pair's default type).
    case associate(typeID: String, id: String, toTypeID: String, toID: String, types: [AssociationSpec])
    /// Removing every association between two records.
    case disassociate(typeID: String, id: String, toTypeID: String, toID: String)

    /// The object type id the change is about.
    public var typeID: String {
        switch self {
        case .update(let typeID, _, _, _), .create(let typeID, _, _, _), .archive(let typeID, _),
            .associate(let typeID, _, _, _, _), .disassociate(let typeID, _, _, _):
            typeID
        }
    }

    /// The record id (the temporary one for a create).
    public var recordID: String {
        switch self {
        case .update(_, let id, _, _), .archive(_, let id), .associate(_, let id, _, _, _),
            .disassociate(_, let id, _, _):
            id
        case .create(_, let temporaryID, _, _): temporaryID
        }
    }

    /// `update`, `create`, `archive`, `associate` or `disassociate`, as stored in the outbox.
    var kind: String {
        switch self {
        case .update: "update"
        case .create: "create"
        case .archive: "archive"
        case .associate: "associate"
        case .disassociate: "disassociate"
        }
    }

    /// Pinning an activity on a record is an edit of `hs_pinned_engagement_id` (`""` unpins), queued like any other.
    public static func pin(typeID: String, id: String, engagementID: String?, baseUpdatedAt: Date? = nil)
        -> PendingChange
    {
        .update(
            typeID: typeID, id: id, properties: ["hs_pinned_engagement_id": engagementID ?? ""],
            baseUpdatedAt: baseUpdatedAt)
    }

    /// One line for people, e.g. `update 0-1/51 email,phone` or `associate 0-1/51 → 0-2/7`.
    public var summary: String {
        switch self {
        case .update(let typeID, let id, let properties, _):
            "update \(typeID)/\(id) " + properties.keys.sorted().joined(separator: ",")
        case .create(let typeID, let temporaryID, _, _): "create \(typeID)/\(temporaryID)"
        case .archive(let typeID, let id): "archive \(typeID)/\(id)"
        case .associate(let typeID, let id, let toTypeID, let toID, _):
            "associate \(typeID)/\(id) → \(toTypeID)/\(toID)"
        case .disassociate(let typeID, let id, let toTypeID, let toID):
            "disassociate \(typeID)/\(id) → \(toTypeID)/\(toID)"
        }
    }

    /// A fresh temporary id for an offline create.
    public static func makeTemporaryID() -> String {
        "local-" + UUID().uuidString.lowercased().prefix(13).replacingOccurrences(of: "-", with: "")
    }
}
