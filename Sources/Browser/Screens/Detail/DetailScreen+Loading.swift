import CRMCache
import Foundation
import HubSpot

// MARK: - The open record arriving: from the cache, live, or not at all
extension DetailScreen {
    /// The open record as the cache holds it; the live answer is still coming unless `offline`.
    mutating func receiveCached(typeID: String, _ record: CRMRecord, fetchedAt: Date, offline: Bool) {
        guard var current = detail, current.typeID == typeID, current.record.id == record.id else { return }
        current.record = record
        current.cachedAt = fetchedAt
        if offline { current.phase = .loaded }
        detail = current
    }

    /// The open record, live: shown, named, and its pinned activity fetched when it has one.
    mutating func receive(typeID: String, _ record: CRMRecord, _ context: ScreenContext) -> ScreenUpdate {
        guard var current = detail, current.typeID == typeID, current.record.id == record.id else { return .none }
        current.record = record
        current.phase = .loaded
        current.cachedAt = nil
        if current.staged.isEmpty { current.base = record.updatedAt }
        detail = current
        var update = loadPins(context)
        if let type = context.session.registry.resolve(typeID) {
            update.requests.insert(.names([current.reference: type.displayName(of: record)]), at: 0)
        }
        return update
    }

    /// A write ended: what the open record's read said about its associations may no longer hold, so `a`
    /// reads the record again rather than trusting it.
    mutating func forgetAssociations() {
        detail?.record.associations = nil
    }

    /// The open record could not be read. One already shown from the cache stays; the status line says why.
    mutating func failed(typeID: String, id: String, message text: String) -> ScreenUpdate {
        guard var current = detail, current.typeID == typeID, current.record.id == id else { return .none }
        current.phase = current.cachedAt == nil ? .failed(text) : .loaded
        detail = current
        return .ask(.message(StatusMessage(text, kind: .error)))
    }

    /// `r` on the record: it is read again (the caller sends the fetch).
    mutating func startLoading() {
        detail?.phase = .loading
    }
}
