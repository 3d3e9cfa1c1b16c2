import CRMCache
import HubSpot

/// Reads a record's associated activities of every activity type: the association ids (v4, paged),
/// then the activities themselves in batches. What it reads is written through to the cache, and
/// offline the cache answers alone.
struct ActivityLoader: Sendable {
    /// The most activities read per type; a record past that shows its newest pages only.
    static let perTypeLimit = 1_000

    let client: HubSpotClient
    let cache: CRMCache?
    let registry: ObjectTypeRegistry
    /// Told when a write-through to the cache fails; what was read is still shown.
    var cacheTrouble: @Sendable (String, any Error) -> Void = { _, _ in }

    private var activityTypes: [ObjectType] { registry.all.filter(\.isActivity) }

    /// Every activity associated with the record, newest first.
    func load(typeID: String, id: String) async throws -> [ActivityItem] {
        let source = RecordReference(typeID: typeID, id: id)
        var items: [ActivityItem] = []
        for type in activityTypes {
            let objects = try await associated(source, toType: type.id)
            writeThrough("the activities") {
                try $0.storeAssociations(from: source, toTypeID: type.id, CachedAssociation.rows(from: objects))
            }
            for chunk in objects.map(\.toObjectId).chunked(into: HubSpotClient.batchInputLimit) {
                let result = try await client.batchRead(
                    type.id, ids: chunk, properties: ActivityItem.properties(of: type))
                writeThrough("the activities") { try $0.store(result.results, typeID: type.id) }
                items += result.results.map { ActivityItem(record: $0, type: type) }
            }
        }
        return items.sorted(by: ActivityItem.newestFirst)
    }

    /// The activities as the cache knows them, or nil when the record's activities were never read.
    func cached(typeID: String, id: String) -> [ActivityItem]? {
        guard let cache else { return nil }
        let source = RecordReference(typeID: typeID, id: id)
        var items: [ActivityItem] = []
        var known = false
        for type in activityTypes {
            guard let associations = try? cache.associations(from: source, toTypeID: type.id) else { continue }
            known = true
            for toID in associations.map(\.toID).uniqued() {
                if let record = try? cache.record(typeID: type.id, id: toID) {
                    items.append(ActivityItem(record: record.record, type: type))
                }
            }
        }
        return known ? items.sorted(by: ActivityItem.newestFirst) : nil
    }

    private func associated(_ source: RecordReference, toType: String) async throws -> [AssociatedObject] {
        var objects: [AssociatedObject] = []
        var after: String?
        repeat {
            let page = try await client.associations(of: source.typeID, id: source.id, to: toType, after: after)
            objects += page.results
            after = page.paging?.next?.after
        } while after != nil && objects.count < Self.perTypeLimit
        return objects
    }

    /// Writes what was read through to the cache; a failure is told, never swallowed, and never fails the read.
    private func writeThrough(_ what: String, _ body: (CRMCache) throws -> Void) {
        guard let cache else { return }
        do { try body(cache) } catch { cacheTrouble("could not save \(what)", error) }
    }
}
