import Foundation
import HubSpot

/// One activity associated with a record, as the pin menu and the record view show it.
public struct ActivityItem: Sendable, Equatable, Identifiable {
    /// The activity's type id (`0-46` notes, …).
    public var typeID: String
    /// The activity's id (the engagement id that `hs_pinned_engagement_id` holds).
    public var id: String
    /// The type's singular label, e.g. "Note".
    public var typeLabel: String
    /// When it happened (`hs_timestamp`), if the activity has one.
    public var timestamp: Date?
    /// Its subject or body as one line of plain text.
    public var preview: String

    /// Creates an item.
    public init(typeID: String, id: String, typeLabel: String, timestamp: Date?, preview: String) {
        self.typeID = typeID
        self.id = id
        self.typeLabel = typeLabel
        self.timestamp = timestamp
        self.preview = preview
    }

    /// Builds the item for a record of an activity type: its title property, else its preview property.
    public init(record: CRMRecord, type: ObjectType) {
        let candidates = type.titleProperties + type.fallbackTitleProperties + Self.bodyProperties(of: type)
        let text =
            candidates.lazy.compactMap { record.properties[$0] ?? nil }.map(HTMLText.plain)
            .first { !$0.isEmpty } ?? ""
        self.init(
            typeID: type.id, id: record.id, typeLabel: type.singularLabel,
            timestamp: (record.properties["hs_timestamp"] ?? nil).flatMap(HubSpotTimestamp.parsePropertyValue),
            preview: text)
    }

    /// The properties to read for an activity type's items.
    public static func properties(of type: ObjectType) -> [String] {
        ["hs_timestamp"] + type.titleProperties + type.fallbackTitleProperties + bodyProperties(of: type)
    }

    /// Body properties that stand in when the title is empty.
    private static func bodyProperties(of type: ObjectType) -> [String] {
        switch type.id {
        case "0-48": ["hs_call_body"]
        case "0-49": ["hs_email_text"]
        case "0-47": ["hs_meeting_body"]
        case "0-27": ["hs_task_body"]
        default: []
        }
    }

    /// Newest first by `hs_timestamp`; undated ones last, then by id so the order is stable.
    public static func newestFirst(_ lhs: ActivityItem, _ rhs: ActivityItem) -> Bool {
        switch (lhs.timestamp, rhs.timestamp) {
        case (let left?, let right?) where left != right: left > right
        case (nil, _?): false
        case (_?, nil): true
        default: (Int(lhs.id) ?? 0, lhs.typeID) > (Int(rhs.id) ?? 0, rhs.typeID)
        }
    }

    /// The date as the menu shows it, `2024-03-05 14:20`.
    public var dateText: String {
        guard let timestamp else { return "no date" }
        return String(HubSpotTimestamp.format(timestamp).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}
