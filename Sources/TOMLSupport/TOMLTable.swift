/// A TOML table: its keys in the order TOMLKit lists them, and a value for each.
public struct TOMLTable: Sendable, Equatable, Sequence {
    /// The keys, in the order iteration yields them.
    public let keys: [String]
    private let values: [String: TOMLValue]

    /// Creates a table from its entries, keeping their order.
    public init(entries: [(key: String, value: TOMLValue)]) {
        keys = entries.map(\.key)
        values = Dictionary(entries, uniquingKeysWith: { first, _ in first })
    }

    /// The value at `key`, if the table has one.
    public subscript(key: String) -> TOMLValue? {
        values[key]
    }

    /// Whether the table has no keys.
    public var isEmpty: Bool { keys.isEmpty }

    /// How many keys the table has.
    public var count: Int { keys.count }

    /// Iterates the entries in key order.
    public func makeIterator() -> IndexingIterator<[(key: String, value: TOMLValue)]> {
        keys.compactMap { key in values[key].map { (key: key, value: $0) } }.makeIterator()
    }
}
