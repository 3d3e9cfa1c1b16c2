import CRMCache
import HubSpot

// MARK: - Bookmarks (b), kept per portal and offered first by the palette
extension BrowserState {
    /// The record `b` acts on: the open one when the detail or graph has focus, else the list's selection.
    var recordToBookmark: (reference: RecordReference, name: String)? {
        guard let reference = recordForURL, let type = registry.resolve(reference.typeID) else { return nil }
        let isOpen = detail?.typeID == reference.typeID && detail?.record.id == reference.id
        let record = isOpen ? detail?.record : activeList?.selectedRecord
        return (reference, record.map { type.displayName(of: $0) } ?? "#\(reference.id)")
    }

    /// Whether `reference` is bookmarked.
    func isBookmarked(_ reference: RecordReference) -> Bool {
        preferences.bookmarks.contains { $0.typeID == reference.typeID && $0.id == reference.id }
    }

    /// `b`: bookmarks the record, or removes its bookmark; either way the preferences file is rewritten.
    mutating func toggleBookmark() -> [Effect] {
        guard let (reference, name) = recordToBookmark else { return [] }
        if isBookmarked(reference) {
            preferences.bookmarks.removeAll { $0.typeID == reference.typeID && $0.id == reference.id }
            message = StatusMessage("removed the bookmark of \(name)")
        } else {
            preferences.bookmarks.insert(Bookmark(typeID: reference.typeID, id: reference.id, name: name), at: 0)
            message = StatusMessage("bookmarked \(name) (: lists bookmarks; b again removes it)")
        }
        return [.app(.savePreferences(preferences))]
    }

    /// The palette's bookmark options, newest first.
    var bookmarkOptions: [Picker.Option] {
        preferences.bookmarks.map { bookmark in
            let typeLabel = registry.resolve(bookmark.typeID)?.singularLabel.lowercased() ?? bookmark.typeID
            return Picker.Option(
                label: bookmark.name, value: "record:\(bookmark.typeID):\(bookmark.id)",
                note: "bookmark · \(typeLabel) \(bookmark.id)")
        }
    }
}
