import Foundation
import HubSpot

// MARK: - CRM search (POST /crm/v3/objects/{type}/search)
extension Portal {
    /// HubSpot's search limits: page size, total reachable results, query length, filter groups.
    enum SearchLimits {
        static let defaultLimit = 10
        static let maximumLimit = 200
        static let maximumResults = 10_000
        static let maximumQueryLength = 3000
        static let maximumGroups = 5
        static let maximumFiltersPerGroup = 6
        static let maximumFilters = 18
    }

    /// One page of a search: `total` counts every match; paging stops at the 10,000th result.
    public func search(_ type: String, _ request: SearchRequest) throws(SandboxAPIError) -> RecordPage {
        let objectType = try objectType(type)
        let limit = request.limit ?? SearchLimits.defaultLimit
        guard (1...SearchLimits.maximumLimit).contains(limit) else {
            throw .validation(
                "limit must be between 1 and \(SearchLimits.maximumLimit), but was \(limit)",
                field: "limit", code: "INVALID_LIMIT")
        }
        let offset: Int
        if let after = request.after {
            guard let value = Int(after), value >= 0 else {
                throw .validation(
                    "after must be a paging cursor returned by a previous page, but was '\(after)'",
                    field: "after", code: "INVALID_CURSOR")
            }
            offset = value
        } else {
            offset = 0
        }
        guard offset < SearchLimits.maximumResults else {
            throw .validation(
                "Search results are limited to \(SearchLimits.maximumResults); narrow the search "
                    + "(for example by hs_object_id) to reach later records", field: "after",
                code: "SEARCH_RESULT_LIMIT")
        }
        try validate(request)
        let propertyNames =
            request.properties.isEmpty
            ? PropertyCatalog.defaultPropertyNames(typeID: objectType.id) : request.properties
        return try state.withLock { state throws(SandboxAPIError) -> RecordPage in
            let definitions = state.properties[objectType.id] ?? []
            let known = Set(definitions.map(\.name)).union(["hs_object_id"])
            for filter in request.filterGroups.flatMap(\.filters) where !known.contains(filter.propertyName) {
                throw .validation(
                    "Property \"\(filter.propertyName)\" does not exist on \(objectType.name)",
                    field: filter.propertyName, code: "PROPERTY_DOESNT_EXIST")
            }
            let matcher = SearchMatcher(type: objectType, definitions: definitions)
            let table = state.table(objectType.id)
            let records = table?.records ?? []
            var candidates = records[...]
            var onlyIDs = false
            if let table, let range = Self.idRange(request.filterGroups) {
                // A sync narrows by id: the table is in id order, so the range is a slice, and filters on the id
                // alone need no per-record test.
                let low = table.firstIndex(atOrAfter: range.low)
                let high = range.high == .max ? records.count : table.firstIndex(atOrAfter: range.high + 1)
                candidates = records[low..<max(low, high)]
                onlyIDs = range.onlyIDs && (request.query ?? "").isEmpty
            }
            var matches = candidates.filter { record in
                !record.archived
                    && (onlyIDs
                        || matcher.matches(record, groups: request.filterGroups)
                            && matcher.matches(record, query: request.query ?? ""))
            }
            if let sort = request.sorts.first, sort.propertyName == "hs_object_id" {
                // The table is kept in id order: a sort by id is the table's order or its reverse (a sync
                // pages 20,000 records this way, and a comparison sort per page would hold the lock for long).
                if sort.direction == .descending { matches.reverse() }
            } else if let sort = request.sorts.first {
                matches = Self.sorted(matches, by: sort, matcher: matcher)
            }
            let end = min(offset + limit, matches.count, SearchLimits.maximumResults)
            let page = offset < end ? Array(matches[offset..<end]) : []
            let next = end < min(matches.count, SearchLimits.maximumResults) ? String(end) : nil
            return RecordPage(
                results: page.map { $0.apiRecord(propertyNames: propertyNames) },
                paging: next.map { Paging(next: .init(after: $0)) }, total: matches.count)
        }
    }

    /// The ids a single filter group's integer `hs_object_id` comparisons allow (inclusive), and whether the
    /// group has no other filter; nil when there is nothing to narrow by.
    static func idRange(_ groups: [FilterGroup]) -> (low: UInt64, high: UInt64, onlyIDs: Bool)? {
        guard groups.count == 1, let filters = groups.first?.filters else { return nil }
        var low: UInt64 = 0
        var high = UInt64.max
        var onlyIDs = true
        var narrowed = false
        for filter in filters {
            guard filter.propertyName == "hs_object_id", let value = filter.value.flatMap({ UInt64($0) }) else {
                onlyIDs = false
                continue
            }
            switch filter.operator {
            case .gt: low = value == .max ? .max : max(low, value + 1)
            case .gte: low = max(low, value)
            case .lt:
                guard value > 0 else { return (1, 0, onlyIDs) }
                high = min(high, value - 1)
            case .lte: high = min(high, value)
            case .eq:
                low = max(low, value)
                high = min(high, value)
            default:
                onlyIDs = false
                continue
            }
            narrowed = true
        }
        return narrowed ? (low, high, onlyIDs) : nil
    }

    private func validate(_ request: SearchRequest) throws(SandboxAPIError) {
        if let query = request.query, query.count > SearchLimits.maximumQueryLength {
            throw .validation(
                "query may be at most \(SearchLimits.maximumQueryLength) characters, but was \(query.count)",
                field: "query", code: "QUERY_TOO_LONG")
        }
        let groups = request.filterGroups
        let filterCount = groups.reduce(0) { $0 + $1.filters.count }
        guard groups.count <= SearchLimits.maximumGroups,
            groups.allSatisfy({ $0.filters.count <= SearchLimits.maximumFiltersPerGroup }),
            filterCount <= SearchLimits.maximumFilters
        else {
            throw .validation(
                "at most \(SearchLimits.maximumGroups) filterGroups of at most "
                    + "\(SearchLimits.maximumFiltersPerGroup) filters, \(SearchLimits.maximumFilters) "
                    + "filters in all, but got \(groups.count) groups with \(filterCount) filters",
                field: "filterGroups", code: "TOO_MANY_FILTERS")
        }
        for filter in groups.flatMap(\.filters) {
            let needsValue: Set<FilterOperator> = [
                .eq, .neq, .lt, .lte, .gt, .gte, .between, .containsToken, .notContainsToken,
            ]
            if needsValue.contains(filter.operator), filter.value == nil {
                throw .validation(
                    "\(filter.operator.rawValue) on \(filter.propertyName) needs a value",
                    field: filter.propertyName, code: "MISSING_VALUE")
            }
            if filter.operator == .between, filter.highValue == nil {
                throw .validation(
                    "BETWEEN on \(filter.propertyName) needs a highValue", field: filter.propertyName,
                    code: "MISSING_VALUE")
            }
            if [.in, .notIn].contains(filter.operator), (filter.values ?? []).isEmpty {
                throw .validation(
                    "\(filter.operator.rawValue) on \(filter.propertyName) needs values",
                    field: filter.propertyName, code: "MISSING_VALUE")
            }
        }
    }

    /// Sorted by one property; records without a value go last either way; ties keep id order.
    private static func sorted(_ records: [StoredRecord], by sort: SearchSort, matcher: SearchMatcher) -> [StoredRecord]
    {
        records.enumerated().sorted { a, b in
            let left = matcher.value(of: sort.propertyName, in: a.element)
            let right = matcher.value(of: sort.propertyName, in: b.element)
            switch (left, right) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return false
            case (_, nil): return true
            case (let left?, let right?):
                let order = matcher.compare(left, right, sort.propertyName)
                if order == .orderedSame { return a.offset < b.offset }
                return sort.direction == .ascending ? order == .orderedAscending : order == .orderedDescending
            }
        }.map(\.element)
    }
}
