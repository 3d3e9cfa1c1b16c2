/// A record kept with `b`, offered first in the command palette; bookmarks are kept per portal.
public struct Bookmark: Sendable, Hashable, Codable {
    /// The record's object type id.
    public var typeID: String
    /// The record's id.
    public var id: String
    /// The record's name when it was bookmarked, so the palette can show it without a request.
    public var name: String

    /// Creates a bookmark.
    public init(typeID: String, id: String, name: String) {
        self.typeID = typeID
        self.id = id
        self.name = name
    }
}
