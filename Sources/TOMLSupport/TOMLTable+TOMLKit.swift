import TOMLKit

extension TOMLTable {
    /// Copies a TOMLKit table, keeping the key order TOMLKit iterates in.
    init(_ table: TOMLKit.TOMLTable) {
        self.init(entries: table.map { key, value in (key: key, value: TOMLValue(value)) })
    }
}
