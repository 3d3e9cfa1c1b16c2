import HubSpot
import TerminalUI

/// Turns records into table rows for a type's columns: pure, tested with a table of cases.
public enum RecordRows {
    /// `columns` fitted to `width`: each kept column with its width.
    public static func fit(_ columns: [ObjectColumn], width: Int) -> [(column: ObjectColumn, width: Int)] {
        let layoutColumns = columns.map {
            TableLayout.Column(header: $0.header, minWidth: $0.minWidth, weight: $0.weight)
        }
        let widths = TableLayout.widths(for: layoutColumns, totalWidth: width)
        return zip(columns, widths).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
    }

    /// `columns` fitted to `width`, and when some do not fit, the note that says so ("+2 cols: Phone, City");
    /// the kept columns leave the note its room.
    public static func fitNaming(
        _ columns: [ObjectColumn], width: Int
    ) -> (columns: [(column: ObjectColumn, width: Int)], hidden: String?) {
        let all = fit(columns, width: width)
        guard all.count < columns.count else { return (all, nil) }
        func note(keeping kept: Int) -> String {
            let count = columns.count - kept
            let named = " +\(count): " + columns.dropFirst(kept).map(\.header).joined(separator: ", ") + " "
            // Named while the names take at most half the line; else counted, which always fits.
            if TerminalText.displayWidth(named) <= width / 2 { return named }
            return " +\(count) more column\(count == 1 ? "" : "s") "
        }
        let room = width - TerminalText.displayWidth(note(keeping: all.count))
        let kept = fit(columns, width: room)
        return (kept, note(keeping: kept.count))
    }

    /// The header line's text; the column holding the sorted property carries the sort's arrow.
    public static func header(_ columns: [(column: ObjectColumn, width: Int)], sort: ListSort? = nil) -> String {
        columns.map { column, width in
            var header = column.header
            if let sort, column.properties.contains(sort.property) {
                header += " " + sort.arrow
                if column.properties.count > 1 { header += " " + sort.property }
            }
            return TerminalText.pad(TerminalText.sanitize(header), toWidth: width)
        }.joined(separator: " ")
    }

    /// The text the `/` filter matches: the record's name and every column's value as shown.
    public static func searchText(
        _ record: CRMRecord, type: ObjectType, columns: [ObjectColumn]? = nil, definitions: [String: PropertyDefinition]
    ) -> String {
        let values = (columns ?? type.defaultColumns).flatMap(\.properties).compactMap { name -> String? in
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
