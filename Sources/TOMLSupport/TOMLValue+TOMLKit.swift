import TOMLKit

extension TOMLValue {
    /// Copies a TOMLKit value through TOMLKit's own accessors, so every value reads as it did when parsers used
    /// TOMLKit directly (a string stops at its first NUL, as `String(cString:)` makes it).
    init(_ value: any TOMLKit.TOMLValueConvertible) {
        switch value.type {
        case .string: self = .text(value.string ?? "")
        case .int: self = .integer(value.int ?? 0)
        case .double: self = .float(value.double ?? 0)
        case .bool: self = .boolean(value.bool ?? false)
        case .date, .time, .dateTime: self = .dateTime(value.debugDescription)
        case .array: self = .list(value.array.map { $0.map(TOMLValue.init) } ?? [])
        case .table: self = .subtable(value.table.map(TOMLTable.init) ?? TOMLTable(entries: []))
        }
    }
}
