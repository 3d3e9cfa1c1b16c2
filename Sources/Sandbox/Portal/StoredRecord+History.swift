import Foundation
import HubSpot

// Property histories (`propertiesWithHistory`).
extension StoredRecord {
    /// Appends one history entry per value; a cleared value (`""`) is history too.
    mutating func recordHistory(_ values: [String: String], at date: Date, source: String) {
        for (name, value) in values {
            history[name, default: []].append(PropertyHistoryEntry(value: value, timestamp: date, sourceType: source))
        }
    }

    /// The histories of `names`, newest first, for the properties that have one.
    ///
    /// Values HubSpot calculates (counts set without an edit) have no entries; they are reported
    /// as one `CALCULATED` entry at the record's last change rather than left out.
    func apiHistory(_ names: [String]) -> [String: [PropertyHistoryEntry]] {
        var result: [String: [PropertyHistoryEntry]] = [:]
        for name in names {
            if let entries = history[name], !entries.isEmpty {
                result[name] = entries.reversed()
            } else if let value = properties[name] {
                result[name] = [PropertyHistoryEntry(value: value, timestamp: updatedAt, sourceType: "CALCULATED")]
            }
        }
        return result
    }
}
