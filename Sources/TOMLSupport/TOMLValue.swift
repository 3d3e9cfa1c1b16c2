/// One value read from a TOML document, copied out of TOMLKit so no caller holds a toml++ node.
///
/// Readers ask for the kind they want (`string`, `int`, `bool`, `double`, `array`, `table`) and get `nil` for
/// any other, as with TOMLKit's accessors, so parsers written against TOMLKit read the same.
public enum TOMLValue: Sendable, Equatable {
    /// A string.
    case text(String)
    /// An integer.
    case integer(Int)
    /// A floating-point number.
    case float(Double)
    /// A boolean.
    case boolean(Bool)
    /// A local date, local time or date-time, as TOMLKit writes it; no parser reads them yet.
    case dateTime(String)
    /// An array.
    case list([TOMLValue])
    /// A table, standard or inline.
    case subtable(TOMLTable)

    /// The string, when this is one.
    public var string: String? {
        if case .text(let value) = self { value } else { nil }
    }

    /// The integer, when this is one.
    public var int: Int? {
        if case .integer(let value) = self { value } else { nil }
    }

    /// The floating-point number, when this is one.
    public var double: Double? {
        if case .float(let value) = self { value } else { nil }
    }

    /// The boolean, when this is one.
    public var bool: Bool? {
        if case .boolean(let value) = self { value } else { nil }
    }

    /// The array's elements, when this is an array.
    public var array: [TOMLValue]? {
        if case .list(let values) = self { values } else { nil }
    }

    /// The table, when this is one.
    public var table: TOMLTable? {
        if case .subtable(let table) = self { table } else { nil }
    }
}
