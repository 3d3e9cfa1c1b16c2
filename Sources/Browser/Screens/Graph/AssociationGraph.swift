import CRMCache
import HubSpot
import TerminalUI

/// The association graph of the open record: its associations grouped by object type, and for each
/// neighbour the user expands, that neighbour's own associations (the second hop).
public struct AssociationGraph: Sendable, Equatable {
    /// The records of one type associated with a record, as far as they are loaded.
    public struct Group: Sendable, Equatable {
        /// The associated records' type id.
        public var toTypeID: String
        /// The associated records in the server's order, each with its labels.
        public var items: [Item]
        /// The cursor of the next page of 500, when there are more.
        public var nextAfter: String?
        /// Whether the next page is being fetched.
        public var loadingMore = false
        /// The cursor whose fetch failed, so scrolling does not retry it in a loop (Enter does).
        public var failedAfter: String?

        /// Creates a group.
        public init(toTypeID: String, items: [Item], nextAfter: String?) {
            self.toTypeID = toTypeID
            self.items = items
            self.nextAfter = nextAfter
        }
    }

    /// One associated record and the labels of its associations (empty for unlabeled defaults).
    public struct Item: Sendable, Equatable {
        /// The associated record's id.
        public var id: String
        /// The labels between the pair.
        public var labels: [String]

        /// Creates an item.
        public init(id: String, labels: [String]) {
            self.id = id
            self.labels = labels
        }
    }

    /// One record's associations: loading, loaded (by type), or failed.
    public enum Hop: Sendable, Equatable {
        /// Being fetched.
        case loading
        /// The groups, in the registry's order of types.
        case loaded([Group])
        /// The fetch failed with this message.
        case failed(String)
    }

    /// A row of the graph as drawn, top to bottom.
    public enum Row: Sendable, Equatable {
        /// The record at the centre.
        case root(RecordReference)
        /// A type heading under `owner`, with its count text.
        case group(owner: RecordReference, toTypeID: String, count: String, depth: Int)
        /// An associated record under `owner`.
        case record(owner: RecordReference, RecordReference, labels: [String], depth: Int)
        /// The end of a group that has more pages.
        case more(owner: RecordReference, toTypeID: String, loading: Bool, depth: Int)
        /// A line saying that `owner`'s associations are loading, failed, or empty.
        case note(owner: RecordReference, String, depth: Int)
    }

    /// The record at the centre.
    public let root: RecordReference
    /// The loaded hops: the root's, and each expanded neighbour's.
    public var hops: [RecordReference: Hop] = [:]
    /// Neighbours of the root whose own associations are shown under them.
    public var expanded: Set<RecordReference> = []
    /// The highlighted row.
    public var selection = ListState(selected: 0, offset: 0)

    /// Creates the graph of `root`, loading.
    public init(root: RecordReference) {
        self.root = root
        hops[root] = .loading
    }

    /// The rows as drawn: the root, its groups and records, and under each expanded neighbour its own groups.
    public var rows: [Row] {
        var rows: [Row] = [.root(root)]
        append(hopOf: root, depth: 1, into: &rows)
        return rows
    }

    private func append(hopOf owner: RecordReference, depth: Int, into rows: inout [Row]) {
        switch hops[owner] {
        case nil, .loading?:
            rows.append(.note(owner: owner, "loading associations…", depth: depth))
        case .failed(let message)?:
            rows.append(.note(owner: owner, "associations: \(message)", depth: depth))
        case .loaded(let groups)?:
            if groups.isEmpty { rows.append(.note(owner: owner, "no associations", depth: depth)) }
            for group in groups {
                let count = group.nextAfter == nil ? "\(group.items.count)" : "\(group.items.count)+"
                rows.append(.group(owner: owner, toTypeID: group.toTypeID, count: count, depth: depth))
                for item in group.items {
                    let target = RecordReference(typeID: group.toTypeID, id: item.id)
                    rows.append(.record(owner: owner, target, labels: item.labels, depth: depth))
                    if depth == 1, expanded.contains(target), target != root {
                        append(hopOf: target, depth: depth + 1, into: &rows)
                    }
                }
                if group.nextAfter != nil {
                    rows.append(.more(owner: owner, toTypeID: group.toTypeID, loading: group.loadingMore, depth: depth))
                }
            }
        }
    }

    /// The highlighted row.
    public var selectedRow: Row? {
        let all = rows
        return all.indices.contains(selection.selected) ? all[selection.selected] : nil
    }

    /// Adds a page of a group's records (or a whole hop's first pages).
    mutating func receivePage(owner: RecordReference, toTypeID: String, items: [Item], nextAfter: String?) {
        guard case .loaded(var groups)? = hops[owner] else { return }
        if let index = groups.firstIndex(where: { $0.toTypeID == toTypeID }) {
            let known = Set(groups[index].items.map(\.id))
            groups[index].items += items.filter { !known.contains($0.id) }
            groups[index].nextAfter = nextAfter
            groups[index].loadingMore = false
        } else if !items.isEmpty {
            groups.append(Group(toTypeID: toTypeID, items: items, nextAfter: nextAfter))
        }
        hops[owner] = .loaded(groups)
    }

    /// Marks a group as fetching its next page and returns its cursor, or nil when none is due.
    mutating func startLoadingMore(owner: RecordReference, toTypeID: String) -> String? {
        guard case .loaded(var groups)? = hops[owner],
            let index = groups.firstIndex(where: { $0.toTypeID == toTypeID }),
            !groups[index].loadingMore, let after = groups[index].nextAfter
        else { return nil }
        groups[index].loadingMore = true
        hops[owner] = .loaded(groups)
        return after
    }

    /// A page fetch failed: the group keeps its cursor, so Enter on its "more" row tries again.
    mutating func pageFailed(owner: RecordReference, toTypeID: String) {
        guard case .loaded(var groups)? = hops[owner],
            let index = groups.firstIndex(where: { $0.toTypeID == toTypeID })
        else { return }
        groups[index].loadingMore = false
        groups[index].failedAfter = groups[index].nextAfter
        hops[owner] = .loaded(groups)
    }

    /// Whether the group's next page failed to load at its current cursor.
    func pageHasFailed(owner: RecordReference, toTypeID: String) -> Bool {
        guard case .loaded(let groups)? = hops[owner],
            let group = groups.first(where: { $0.toTypeID == toTypeID })
        else { return false }
        return group.failedAfter != nil && group.failedAfter == group.nextAfter
    }

    /// Drops `target` from `owner`'s group after the association was removed.
    mutating func remove(_ target: RecordReference, from owner: RecordReference) {
        guard case .loaded(var groups)? = hops[owner],
            let index = groups.firstIndex(where: { $0.toTypeID == target.typeID })
        else { return }
        groups[index].items.removeAll { $0.id == target.id }
        if groups[index].items.isEmpty, groups[index].nextAfter == nil { groups.remove(at: index) }
        hops[owner] = .loaded(groups)
        expanded.remove(target)
    }
}
