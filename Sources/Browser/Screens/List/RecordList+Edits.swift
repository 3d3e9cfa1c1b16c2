import HubSpot

// MARK: - Rows changed elsewhere (a save, a create, an archive) and the marks of a bulk change
extension RecordList {
    /// A complete one-page list holding the records a search found.
    public static func searchResults(typeID: String, records: [CRMRecord]) -> RecordList {
        var list = RecordList(typeID: typeID)
        list.markRequested(page: 0)
        list.receive(page: 0, RecordPage(results: records))
        return list
    }

    /// Where the row of record `id` is held in memory: its page and its place in that page.
    private func residentPosition(of id: String) -> (page: Int, position: Int)? {
        for (page, rows) in resident {
            if let position = rows.firstIndex(where: { $0.id == id }) { return (page, position) }
        }
        return nil
    }

    /// The row of record `id`, when it is held in memory.
    public func heldRecord(id: String) -> CRMRecord? {
        residentPosition(of: id).flatMap { resident[$0.page]?[$0.position] }
    }

    /// Updates the held row of `record` in place (its listed properties), keeping the selection. A row
    /// not in memory is read back from the cache, which the save wrote through.
    public mutating func replaceRecord(_ record: CRMRecord) {
        guard let (page, position) = residentPosition(of: record.id), var rows = resident[page] else { return }
        for name in rows[position].properties.keys {
            rows[position].properties[name] = record.properties[name] ?? rows[position].properties[name]
        }
        rows[position].updatedAt = record.updatedAt
        resident[page] = rows
    }

    /// Drops an archived record from the rows; later pages' starts and the filter's rows shift up.
    public mutating func removeRecord(id: String) {
        marked.removeAll { $0 == id }
        guard let (page, position) = residentPosition(of: id), var rows = resident[page] else { return }
        let index = pageStarts[page] + position
        rows.remove(at: position)
        replaceRows(ofPage: page, with: rows)
        visibleIndices = visibleIndices?.filter { $0 != index }.map { $0 > index ? $0 - 1 : $0 }
        selection.selected = min(selection.selected, max(0, visibleCount - 1))
    }

    /// Puts a record just created at the top, where the user sees it; later pages' starts shift down.
    public mutating func insertAtTop(_ record: CRMRecord) {
        guard !pageStarts.isEmpty, residentPosition(of: record.id) == nil else { return }
        if let rows = resident[0] {
            replaceRows(ofPage: 0, with: [record] + rows)
        } else {
            // Page 0 is not in memory: it grows by a row all the same; reading it back sets its true count.
            rowCount += 1
            for later in 1..<pageStarts.count { pageStarts[later] += 1 }
        }
        visibleIndices = visibleIndices.map { [0] + $0.map { $0 + 1 } }
    }

    /// Marks the record `id` for a bulk change, or unmarks it.
    public mutating func toggleMark(_ id: String) {
        if let index = marked.firstIndex(of: id) { marked.remove(at: index) } else { marked.append(id) }
    }

    /// Unmarks every row.
    public mutating func clearMarks() {
        marked = []
    }
}
