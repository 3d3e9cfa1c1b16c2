import HubSpot
import TerminalUI

/// Turns records into table rows for a type's columns: pure, tested with a table of cases.
public enum RecordRows {
    /// The columns of `type` fitted to `width`: each kept column with its width.
    public static func columns(for type: ObjectType, width: Int) -> [(column: ObjectColumn, width: Int)] {
        let layoutColumns = type.defaultColumns.map {
            TableLayout.Column(header: $0.header, minWidth: $0.minWidth, weight: $0.weight)
        }
        let widths = TableLayout.widths(for: layoutColumns, totalWidth: width)
        return zip(type.defaultColumns, widths).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
    }

    /// The header line's text.
    public static func header(_ columns: [(column: ObjectColumn, width: Int)]) -> String {
        columns.map { TerminalText.pad($0.column.header, toWidth: $0.width) }.joined(separator: " ")
    }

    /// The text the `/` filter matches: the record's name and every column's value as shown.
    public static func searchText(
        _ record: CRMRecord, type: ObjectType, definitions: [String: PropertyDefinition]
    ) -> String {
        let values = type.defaultColumns.flatMap(\.properties).compactMap { name -> String? in
            guard let value = record[property: name], !value.isEmpty else { return nil }
            return PropertyFormatter.display(value, definition: definitions[name])
        }
        return ([type.displayName(of: record)] + values).joined(separator: " ")
    }

    /// One record's line: every column's value, shown as a person reads it, padded to its width.
    public static func line(
        _ record: CRMRecord, columns: [(column: ObjectColumn, width: Int)], definitions: [String: PropertyDefinition]
    ) -> String {
        columns.map { column, width in
            let parts = column.properties.compactMap { name -> String? in
                guard let value = record[property: name], !value.isEmpty else { return nil }
                return PropertyFormatter.display(value, definition: definitions[name])
            }
            let text = TerminalText.sanitize(parts.joined(separator: " "))
            return TerminalText.pad(text, toWidth: width)
        }.joined(separator: " ")
    }
}
