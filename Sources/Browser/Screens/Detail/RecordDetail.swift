import CRMCache
import Foundation
import HubSpot
import TerminalUI

/// The record shown in the detail pane and how far its fetch has got.
public struct RecordDetail: Sendable {
    /// Where the shown data stands.
    public enum Phase: Sendable, Equatable {
        /// Only the list's columns are known; Enter fetches every property.
        case preview
        /// The full record is being fetched.
        case loading
        /// Every property has arrived.
        case loaded
        /// The fetch failed with this message.
        case failed(String)
    }

    /// The record's type id.
    public let typeID: String
    /// The record as far as it is known.
    public var record: CRMRecord
    /// The fetch phase.
    public var phase: Phase
    /// When the shown record was fetched, if it came from the cache; nil when live.
    public var cachedAt: Date?
    /// Edits waiting for Ctrl-s: property name → the value to send (`""` clears).
    public var staged: [String: String] = [:]
    /// The server's message per property, from the last refused save.
    public var errors: [String: String] = [:]
    /// `updatedAt` when the record was opened (or when a conflict was last shown): saving refuses to
    /// overwrite anything newer.
    public var base: Date?
    /// The server's version after a refused save found it changed; both values show until the user chooses.
    public var conflict: CRMRecord?
    /// Whether this is the create form of a record not yet saved (`n`); Ctrl-s creates it.
    public var isNew = false
    /// The record the new one will be associated with (the one open when `n` was pressed), if any.
    public var associateWith: RecordReference?
    /// Scroll position of the property rows.
    public var selection = ListState(selected: 0, offset: 0)

    /// The record shown, as a reference (its id is empty on a create form).
    public var reference: RecordReference { RecordReference(typeID: typeID, id: record.id) }

    /// Creates a detail for `record`.
    public init(typeID: String, record: CRMRecord, phase: Phase) {
        self.typeID = typeID
        self.record = record
        self.phase = phase
    }
}
