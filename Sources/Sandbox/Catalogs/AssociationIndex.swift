/// Every association edge, indexed by the record it starts at.
///
/// Edges are kept in insertion order per record so listings are deterministic.
struct AssociationIndex: Sendable {
    private var outgoing: [RecordKey: [AssociationEdge]] = [:]

    /// Adds `edge` unless the same edge exists; returns whether it was new.
    @discardableResult
    mutating func add(_ edge: AssociationEdge) -> Bool {
        if outgoing[edge.from]?.contains(edge) == true { return false }
        outgoing[edge.from, default: []].append(edge)
        return true
    }

    /// Removes edges between the pair (both directions) whose type is in `typeIDs`, or all when `nil`.
    mutating func remove(between a: RecordKey, and b: RecordKey, typeIDs: Set<Int>? = nil) {
        func matches(_ edge: AssociationEdge) -> Bool { typeIDs.map { $0.contains(edge.typeID) } ?? true }
        outgoing[a]?.removeAll { $0.to == b && matches($0) }
        outgoing[b]?.removeAll { $0.to == a && matches($0) }
    }

    /// Removes every edge whose type is in `typeIDs` (a deleted label takes its associations with it).
    mutating func removeAll(typeIDs: Set<Int>, category: String) {
        for key in outgoing.keys {
            outgoing[key]?.removeAll { typeIDs.contains($0.typeID) && $0.category == category }
        }
    }

    /// The edges leaving `record`, optionally only those to records of `toTypeID`.
    func edges(from record: RecordKey, toTypeID: String? = nil) -> [AssociationEdge] {
        let all = outgoing[record] ?? []
        guard let toTypeID else { return all }
        return all.filter { $0.to.typeID == toTypeID }
    }
}
