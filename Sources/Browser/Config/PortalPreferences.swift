/// What a person chose in the app for one portal and keeps across sessions: bookmarks, each type's
/// columns and each type's sort. The config file's `[columns]` are the defaults these override.
public struct PortalPreferences: Sendable, Hashable, Codable {
    /// Bookmarked records, newest first.
    public var bookmarks: [Bookmark] = []
    /// Column properties chosen with the column picker, by object type id.
    public var columns: [String: [String]] = [:]
    /// Sorts chosen with `s`, by object type id.
    public var sorts: [String: ListSort] = [:]

    /// Creates empty preferences.
    public init() {}

    private enum CodingKeys: String, CodingKey { case bookmarks, columns, sorts }

    /// Reads preferences, taking a missing key as empty so older files still load.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        bookmarks = try container.decodeIfPresent([Bookmark].self, forKey: .bookmarks) ?? []
        columns = try container.decodeIfPresent([String: [String]].self, forKey: .columns) ?? [:]
        sorts = try container.decodeIfPresent([String: ListSort].self, forKey: .sorts) ?? [:]
    }
}
