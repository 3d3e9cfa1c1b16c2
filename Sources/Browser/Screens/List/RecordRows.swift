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
    /// `shift` columns after the first (the name, which always stays) are scrolled out on the left (`<`/`>`);
    /// `hidden` says how many are out on each side, naming those on the right while the names fit.
    public static func fitNaming(
        _ all: [ObjectColumn], width: Int, shift: Int = 0
    ) -> (columns: [(column: ObjectColumn, width: Int)], hidden: String?) {
        let shift = min(max(0, shift), max(0, all.count - 2))
        let columns = Array(all.prefix(1)) + all.dropFirst(1 + shift)
        let left = shift > 0 ? " ‹\(shift) <" : ""
        let fitted = fit(columns, width: width - TerminalText.displayWidth(left.isEmpty ? "" : left + " "))
        guard fitted.count < columns.count else { return (fitted, left.isEmpty ? nil : left + " ") }
        func counted(keeping kept: Int) -> String {
            let count = columns.count - kept
            return left + " +\(count) more column\(count == 1 ? "" : "s") > "
        }
        func named(keeping kept: Int) -> String {
            left + " +\(columns.count - kept) > " + columns.dropFirst(kept).map(\.header).joined(separator: ", ") + " "
        }
        // The note takes room from the columns: the most columns that fit beside a note, the one naming the rest
        // when it fits too (and takes at most three fifths of the line), else the one counting them.
        for count in stride(from: fitted.count, through: 1, by: -1) {
            let names = named(keeping: count)
            let notes = TerminalText.displayWidth(names) <= width * 3 / 5 ? [names] : []
            for note in notes + [counted(keeping: count)] {
                let kept = fit(Array(columns.prefix(count)), width: width - TerminalText.displayWidth(note))
                if kept.count == count { return (kept, note) }
            }
        }
        return (fit(Array(columns.prefix(1)), width: width), counted(keeping: 1))
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
