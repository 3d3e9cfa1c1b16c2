/// The inline editor of one property, typed in the status line.
public struct PropertyPrompt: Sendable, Equatable {
    /// The property's internal name.
    public var name: String
    /// Its label.
    public var label: String
    /// The text as typed so far.
    public var text: String
    /// Why the last Enter was refused, shown until the next key.
    public var error: String?
    /// Set when the value goes to the marked rows of this type's list rather than the open record.
    public var bulkTypeID: String?
    /// Set when the text is the id of the record an outbox create of unknown fate became (entry `seq`),
    /// not a property value.
    public var settlesCreate: Int64?

    /// Creates a prompt for `name` starting from `text`.
    public init(name: String, label: String, text: String) {
        self.name = name
        self.label = label
        self.text = text
    }
}
