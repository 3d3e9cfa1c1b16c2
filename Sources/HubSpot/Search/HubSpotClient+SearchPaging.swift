import Foundation

// MARK: - Search past the 10,000-result cap
extension HubSpotClient {
    /// HubSpot's search returns at most this many results for one request chain.
    public static let searchResultCap = 10_000

    /// One page of a search that never stops at the 10,000-result cap: results are sorted by
    /// `hs_object_id`, and when a chain of pages reaches the cap the next chain starts above the last id
    /// seen (an extra `hs_object_id > last` filter in every filter group).
    ///
    /// `cursor` is opaque: `nil` for the first page, then the page's `nextAfter`. It carries the id floor
    /// and HubSpot's own `after`, so a list can keep it like any other cursor.
    ///
    /// A request sorted by another property keeps its sort, and then stops at the cap: HubSpot sorts by one
    /// property only, so there is no id to narrow on. The page's `total` says how many were left out.
    public func searchPage(_ type: String, _ request: SearchRequest, cursor: String?) async throws -> RecordPage {
        if let sort = request.sorts.first, sort.propertyName != "hs_object_id" {
            var pageRequest = request
            pageRequest.sorts = [sort]
            pageRequest.after = cursor
            let page = try await search(type, pageRequest)
            // Compared without adding, as below: the cursor is the server's text, and Int.max plus the count traps.
            let reachesCap = Int(cursor ?? "0") ?? 0 >= Self.searchResultCap - page.results.count
            return RecordPage(results: page.results, paging: reachesCap ? nil : page.paging, total: page.total)
        }
        let (floor, after) = Self.splitSearchCursor(cursor)
        var pageRequest = request
        pageRequest.sorts = [SearchSort("hs_object_id")]
        pageRequest.after = after
        if let floor {
            let above = SearchFilter("hs_object_id", .gt, floor)
            pageRequest.filterGroups =
                request.filterGroups.isEmpty
                ? [FilterGroup([above])]
                : request.filterGroups.map { FilterGroup($0.filters + [above]) }
        }
        let page = try await search(type, pageRequest)
        let next: String?
        if let nextAfter = page.nextAfter {
            next = (floor ?? "") + "/" + nextAfter
        } else if let last = page.results.last?.id,
            // Compared without adding: `after` is the server's text, and Int.max plus the count traps.
            Int(after ?? "0") ?? 0 >= Self.searchResultCap - page.results.count
        {
            // The chain hit the cap: continue above the last id (the next chain's total says whether any remain).
            next = last + "/"
        } else {
            next = nil
        }
        return RecordPage(results: page.results, paging: next.map { Paging(next: .init(after: $0)) }, total: page.total)
    }

    /// Every page of a search, past the 10,000-result cap (see ``searchPage(_:_:cursor:)``), lazily.
    public func searchPagesPastCap(_ type: String, _ request: SearchRequest) -> PageSequence<CRMRecord> {
        let client = self
        return PageSequence { cursor in
            let page = try await client.searchPage(type, request, cursor: cursor)
            // A new chain that finds nothing ends the sequence.
            return (page.results, page.results.isEmpty ? nil : page.nextAfter)
        }
    }

    static func splitSearchCursor(_ cursor: String?) -> (floor: String?, after: String?) {
        guard let cursor, let slash = cursor.firstIndex(of: "/") else { return (nil, cursor) }
        let floor = String(cursor[..<slash])
        let after = String(cursor[cursor.index(after: slash)...])
        return (floor.isEmpty ? nil : floor, after.isEmpty ? nil : after)
    }
}
