import CRMCache

/// A yes/no question before something that cannot be taken back: y does it, any other key does not.
public struct Confirmation: Sendable, Equatable {
    /// What yes does.
    public enum Action: Sendable, Equatable {
        /// Remove every association between `owner` and `target`.
        case removeAssociation(owner: RecordReference, target: RecordReference)
        /// Archive these records of one type.
        case archive(typeID: String, ids: [String])
    }

    /// The question, naming what it is about.
    public var question: String
    /// What yes does.
    public var action: Action

    /// Creates a question.
    public init(question: String, action: Action) {
        self.question = question
        self.action = action
    }
}
