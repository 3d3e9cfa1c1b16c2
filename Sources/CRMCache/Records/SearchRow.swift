/// A record's row in the local search index: the record's rowid (the search row shares it) and the text it
/// is found by.
struct SearchRow: Sendable {
    /// The record's rowid in `records`.
    var rowid: Int64
    /// Its searchable properties' values, space-separated.
    var display: String
}
