import CRMCache
import Foundation
import HubSpot

/// Reads one hop of the association graph: which types a record is associated with (one v3 read),
/// the first page of each (v4, with labels), and the display names of the first hundred of each.
/// Live answers are written through to the cache; offline, the cache answers alone.
struct GraphLoader: Sendable {
    /// The v4 page size (HubSpot's maximum).
    static let pageSize = 500
    /// Names fetched per batch read (HubSpot's batch limit).
    static let namesPerBatch = HubSpotClient.batchInputLimit

    let client: HubSpotClient
    let cache: CRMCache?
    let registry: ObjectTypeRegistry

    /// The types whose associations the graph asks about: everything but the portal-admin kinds
    /// (users, listings…) that HubSpot may not associate and would refuse in a v3 read.
    var associableTypes: [ObjectType] {
        registry.all.filter { $0.group != .other }
    }

    /// The hop of `source`, live.
    func load(_ source: RecordReference) async throws -> (
        groups: [AssociationGraph.Group], names: [RecordReference: String]
    ) {
        let sourceType = registry.resolve(source.typeID)
        let record = try await client.record(
            source.typeID, id: source.id, properties: sourceType?.titleProperties ?? [],
            associations: associableTypes.map(\.name))
        var names: [RecordReference: String] = [:]
        if let sourceType { names[source] = sourceType.displayName(of: record) }
        let present = associableTypes.filter { type in
            (record.associations ?? [:]).contains { key, page in
                registry.resolve(key)?.id == type.id && !page.results.isEmpty
            }
        }
        let pages = try await withThrowingTaskGroup(of: (String, CollectionPage<AssociatedObject>).self) { group in
            for type in present {
                group.addTask {
                    (type.id, try await client.associations(of: source.typeID, id: source.id, to: type.id))
                }
            }
            var pages: [String: CollectionPage<AssociatedObject>] = [:]
            for try await (typeID, page) in group { pages[typeID] = page }
            return pages
        }
        for type in associableTypes where !present.contains(where: { $0.id == type.id }) {
            try? cache?.storeAssociations(from: source, toTypeID: type.id, [])
        }
        var groups: [AssociationGraph.Group] = []
        for type in present {
            guard let page = pages[type.id], !page.results.isEmpty else { continue }
            try? cache?.storeAssociations(from: source, toTypeID: type.id, CachedAssociation.rows(from: page.results))
            groups.append(
                AssociationGraph.Group(
                    toTypeID: type.id, items: page.results.map(Self.item),
                    nextAfter: page.paging?.next?.after))
        }
        for group in groups {
            let ids = group.items.prefix(Self.namesPerBatch).map(\.id)
            names.merge(try await self.names(typeID: group.toTypeID, ids: Array(ids))) { _, new in new }
        }
        return (groups, names)
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
            try? cache?.store(result.results, typeID: typeID)
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
}
