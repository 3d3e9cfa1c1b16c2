/// The `/` filter over the loaded rows of the active list.
public struct ListFilter: Sendable, Equatable {
    /// What was typed.
    public var text: String
    /// Whether keys still go to the prompt.
    public var isEditing: Bool
    /// Why the last Enter could not search (a word of the query language not understood), until the next key.
    public var error: String?

    /// Creates a filter.
    public init(text: String = "", isEditing: Bool = true) {
        self.text = text
        self.isEditing = isEditing
    }
}
