/// The records of one object type, kept in id order so `after` cursors are a binary search.
struct RecordTable: Sendable {
    let typeID: String
    private(set) var nextID: UInt64
    private(set) var records: [StoredRecord] = []
    private var positions: [UInt64: Int] = [:]

    init(typeID: String, firstID: UInt64) {
        self.typeID = typeID
        nextID = firstID
    }

    /// Reserves the next id; ids only grow, so appending keeps the table sorted.
    mutating func allocateID() -> UInt64 {
        defer { nextID += 1 }
        return nextID
    }

    mutating func append(_ record: StoredRecord) {
        precondition(records.last.map { $0.id < record.id } ?? true, "record ids must increase")
        positions[record.id] = records.count
        records.append(record)
        nextID = max(nextID, record.id + 1)
    }

    func record(id: UInt64) -> StoredRecord? {
        positions[id].map { records[$0] }
    }

    /// Applies `change` to the record with `id`; returns the updated record, or `nil` if there is none.
    @discardableResult
    mutating func update(id: UInt64, _ change: (inout StoredRecord) -> Void) -> StoredRecord? {
        guard let position = positions[id] else { return nil }
        change(&records[position])
        return records[position]
    }

    /// The index of the first record whose id is at least `id`.
    func firstIndex(atOrAfter id: UInt64) -> Int {
        var low = 0
        var high = records.count
        while low < high {
            let middle = (low + high) / 2
            if records[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func count(archived: Bool) -> Int {
        records.reduce(0) { $0 + ($1.archived == archived ? 1 : 0) }
    }
}
