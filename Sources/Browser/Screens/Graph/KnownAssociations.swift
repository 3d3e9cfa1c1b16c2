import HubSpot

/// The records a record is associated with, by type, as its own read named them (`associations=` on the
/// record's GET, which Enter makes). With them `a` reads the graph's labels and names in one parallel round
/// instead of first reading the record again.
public struct KnownAssociations: Sendable, Hashable {
    /// Associated record ids by type id, in the order the read gave them, each once.
    public var idsByType: [String: [String]]

    /// Creates the known associations from ids by type id.
    public init(idsByType: [String: [String]]) {
        self.idsByType = idsByType
    }

    /// What `record`'s read says it is associated with, or nil when the read did not ask (no `associations`
    /// in the answer). HubSpot names a type in the answer by its name (`companies`, `p_cars`) and lists an id
    /// once per association type, so ids are resolved to type ids and repeated ids dropped.
    public init?(record: CRMRecord, registry: ObjectTypeRegistry) {
        guard let associations = record.associations else { return nil }
        var idsByType: [String: [String]] = [:]
        for (name, page) in associations {
            guard let typeID = registry.resolve(name)?.id else { continue }
            var seen = Set(idsByType[typeID] ?? [])
            for entry in page.results where seen.insert(entry.id).inserted {
                idsByType[typeID, default: []].append(entry.id)
            }
        }
        self.idsByType = idsByType.filter { !$0.value.isEmpty }
    }
}
