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

    /// The object type id the change is about.
    public var typeID: String {
        switch self {
        case .update(let typeID, _, _, _), .create(let typeID, _, _, _), .archive(let typeID, _): typeID
        }
    }

    /// The record id (the temporary one for a create).
    public var recordID: String {
        switch self {
        case .update(_, let id, _, _), .archive(_, let id): id
        case .create(_, let temporaryID, _, _): temporaryID
        }
    }

    /// `update`, `create` or `archive`, as stored in the outbox.
    var kind: String {
        switch self {
        case .update: "update"
        case .create: "create"
        case .archive: "archive"
        }
    }

    /// Pinning an activity on a record is an edit of `hs_pinned_engagement_id` (`""` unpins), queued like any other.
    public static func pin(typeID: String, id: String, engagementID: String?, baseUpdatedAt: Date? = nil) -> PendingChange {
        .update(typeID: typeID, id: id, properties: ["hs_pinned_engagement_id": engagementID ?? ""],
                baseUpdatedAt: baseUpdatedAt)
    }

    /// A fresh temporary id for an offline create.
    public static func makeTemporaryID() -> String {
        "local-" + UUID().uuidString.lowercased().prefix(13).replacingOccurrences(of: "-", with: "")
    }
}
