import CRMCache
import TerminalUI

/// The pin-activity menu of one record: its associated activities, newest first, and which is pinned.
public struct PinMenu: Sendable, Equatable {
    /// Where the menu's data stands.
    public enum Phase: Sendable, Equatable {
        /// The activities are being fetched.
        case loading
        /// The activities arrived.
        case loaded
        /// The fetch failed with this message.
        case failed(String)
    }

    /// The record's type id.
    public let typeID: String
    /// The record's id.
    public let recordID: String
    /// The associated activities, newest first.
    public var items: [ActivityItem] = []
    /// The pinned activity's id (`hs_pinned_engagement_id`), if any.
    public var pinnedID: String?
    /// The fetch phase.
    public var phase: Phase = .loading
    /// The highlighted row.
    public var selection = ListState(selected: 0, offset: 0)

    /// Creates a menu for a record, loading. Whether it is on screen is the modal stack's business: the
    /// activities stay to feed the record view's pinned line.
    public init(typeID: String, recordID: String) {
        self.typeID = typeID
        self.recordID = recordID
    }

    /// The record whose activities these are.
    public var reference: RecordReference { RecordReference(typeID: typeID, id: recordID) }

    /// The pinned activity, when it is among the associated ones.
    public var pinnedItem: ActivityItem? { items.first { $0.id == pinnedID } }

    /// The highlighted activity.
    public var selectedItem: ActivityItem? {
        items.indices.contains(selection.selected) ? items[selection.selected] : nil
    }
}
