import CRMCache
import Foundation
import HubSpot

/// Reads one hop of the association graph: which types a record is associated with (the record's read),
/// the first page of each (with labels), and the display names of the first hundred of each.
/// Live answers are written through to the cache; offline, the cache answers alone.
struct GraphLoader: Sendable {
    /// The v4 page size (HubSpot's maximum).
    static let pageSize = 500
    /// Names fetched per batch read (HubSpot's batch limit).
    static let namesPerBatch = HubSpotClient.batchInputLimit

    let client: HubSpotClient
    let cache: CRMCache?
    let registry: ObjectTypeRegistry
    /// Told when a write-through to the cache fails; what was read is still shown.
    var cacheTrouble: @Sendable (String, any Error) -> Void = { _, _ in }

    /// The types whose associations the graph asks about: everything but the portal-admin kinds
    /// (users, listings…) that HubSpot may not associate and would refuse in a v3 read.
    var associableTypes: [ObjectType] {
        registry.all.filter { $0.group != .other }
    }

    /// The hop of `source`, live. Which types and records it is associated with come from `known` (the read
    /// Enter made) or, without it, from one read of the record; then the first page of each type (with labels)
    /// and the names of its first hundred records are read in one parallel round, so the graph costs one round
    /// trip after the record view, whatever the number of types.
    func load(_ source: RecordReference, known: KnownAssociations? = nil) async throws -> (
        groups: [AssociationGraph.Group], names: [RecordReference: String]
    ) {
        var names: [RecordReference: String] = [:]
        let associated: KnownAssociations
        if let known {
            associated = known
        } else {
            let sourceType = registry.resolve(source.typeID)
            let record = try await client.record(
                source.typeID, id: source.id, properties: sourceType?.titleProperties ?? [],
                associations: associableTypes.map(\.name))
            if let sourceType { names[source] = sourceType.displayName(of: record) }
            associated = KnownAssociations(record: record, registry: registry) ?? KnownAssociations(idsByType: [:])
        }
        let present = associableTypes.filter { !(associated.idsByType[$0.id] ?? []).isEmpty }
        let round = try await readPagesAndNames(source, present: present, associated: associated)
        names.merge(round.names) { _, new in new }
        for type in associableTypes where !present.contains(where: { $0.id == type.id }) {
            writeThrough("the associations") { try $0.storeAssociations(from: source, toTypeID: type.id, []) }
        }
        var groups: [AssociationGraph.Group] = []
        for type in present {
            guard let page = round.pages[type.id], !page.results.isEmpty else { continue }
            writeThrough("the associations") {
                try $0.storeAssociations(from: source, toTypeID: type.id, CachedAssociation.rows(from: page.results))
            }
            groups.append(
                AssociationGraph.Group(
                    toTypeID: type.id, items: page.results.map(Self.item),
                    nextAfter: page.paging?.next?.after))
        }
        // A record the association read lists first that the record's own read did not (associated since, or
        // ordered differently) has no name yet: those few are read now rather than shown as bare ids.
        for group in groups {
            let unnamed = group.items.prefix(Self.namesPerBatch).map(\.id).filter {
                names[RecordReference(typeID: group.toTypeID, id: $0)] == nil
            }
            names.merge(try await self.names(typeID: group.toTypeID, ids: unnamed)) { _, new in new }
        }
        return (groups, names)
    }

    /// The first page of associations of each present type and the names of the first hundred known records
    /// of each, all requests in flight at once.
    private func readPagesAndNames(
        _ source: RecordReference, present: [ObjectType], associated: KnownAssociations
    ) async throws -> (pages: [String: CollectionPage<AssociatedObject>], names: [RecordReference: String]) {
        enum Answer: Sendable {
            case page(String, CollectionPage<AssociatedObject>)
            case names([RecordReference: String])
        }
        return try await withThrowingTaskGroup(of: Answer.self) { group in
            for type in present {
                group.addTask {
                    .page(type.id, try await client.associations(of: source.typeID, id: source.id, to: type.id))
                }
                let ids = Array((associated.idsByType[type.id] ?? []).prefix(Self.namesPerBatch))
                group.addTask { .names(try await self.names(typeID: type.id, ids: ids)) }
            }
            var pages: [String: CollectionPage<AssociatedObject>] = [:]
            var named: [RecordReference: String] = [:]
            for try await answer in group {
                switch answer {
                case .page(let typeID, let page): pages[typeID] = page
                case .names(let found): named.merge(found) { _, new in new }
                }
            }
            return (pages, named)
        }
    }

    /// The next page of `source`'s associations to `toTypeID`, with names for its first hundred.
    func loadPage(
        _ source: RecordReference, toTypeID: String, after: String
    ) async throws -> (items: [AssociationGraph.Item], nextAfter: String?, names: [RecordReference: String]) {
        let page = try await client.associations(of: source.typeID, id: source.id, to: toTypeID, after: after)
        let items = page.results.map(Self.item)
        let names = try await self.names(typeID: toTypeID, ids: Array(items.prefix(Self.namesPerBatch).map(\.id)))
        return (items, page.paging?.next?.after, names)
    }

    /// Display names of records of one type, read in batches and written through to the cache.
    func names(typeID: String, ids: [String]) async throws -> [RecordReference: String] {
        guard let type = registry.resolve(typeID), !ids.isEmpty else { return [:] }
        var names: [RecordReference: String] = [:]
        for chunk in ids.chunked(into: Self.namesPerBatch) {
            let result = try await client.batchRead(
                typeID, ids: chunk,
                properties: type.titleProperties
                    + type.fallbackTitleProperties)
            // The cache merges these few properties into what it knows, so a warm graph needs no name reads.
            writeThrough("the names") { try $0.store(result.results, typeID: typeID) }
            for record in result.results {
                names[RecordReference(typeID: typeID, id: record.id)] = type.displayName(of: record)
            }
        }
        return names
    }

    /// The hop of `source` as the cache knows it, or nil when it was never fetched.
    func cached(_ source: RecordReference) -> (groups: [AssociationGraph.Group], names: [RecordReference: String])? {
        guard let cache else { return nil }
        var groups: [AssociationGraph.Group] = []
        var known = false
        var names: [RecordReference: String] = [:]
        for type in associableTypes {
            guard let associations = try? cache.associations(from: source, toTypeID: type.id) else { continue }
            known = true
            var items: [AssociationGraph.Item] = []
            var index: [String: Int] = [:]
            for association in associations {
                if let at = index[association.toID] {
                    if let label = association.label { items[at].labels.append(label) }
                    continue
                }
                index[association.toID] = items.count
                items.append(AssociationGraph.Item(id: association.toID, labels: association.label.map { [$0] } ?? []))
            }
            if items.isEmpty { continue }
            groups.append(AssociationGraph.Group(toTypeID: type.id, items: items, nextAfter: nil))
            names.merge(cachedNames(typeID: type.id, ids: items.prefix(Self.namesPerBatch).map(\.id))) { _, new in new }
        }
        return known ? (groups, names) : nil
    }

    /// Display names of records of one type as the cache knows them (records it never saw have none).
    func cachedNames(typeID: String, ids: [String]) -> [RecordReference: String] {
        guard let cache, let type = registry.resolve(typeID) else { return [:] }
        var names: [RecordReference: String] = [:]
        for id in ids {
            if let cached = try? cache.record(typeID: typeID, id: id) {
                names[RecordReference(typeID: typeID, id: id)] = type.displayName(of: cached.record)
            }
        }
        return names
    }

    private static func item(_ object: AssociatedObject) -> AssociationGraph.Item {
        AssociationGraph.Item(id: object.toObjectId, labels: object.labels)
    }

    /// Writes what was read through to the cache; a failure is told, never swallowed, and never fails the read.
    private func writeThrough(_ what: String, _ body: (CRMCache) throws -> Void) {
        guard let cache else { return }
        do { try body(cache) } catch { cacheTrouble("could not save \(what)", error) }
    }
}
