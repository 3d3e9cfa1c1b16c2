import CRMCache

/// A yes/no question before something that cannot be taken back: y does it, any other key does not.
public struct Confirmation: Sendable, Equatable {
    /// What yes does.
    public enum Action: Sendable, Equatable {
        /// Remove every association between `owner` and `target`.
        case removeAssociation(owner: RecordReference, target: RecordReference)
        /// Archive these records of one type.
        case archive(typeID: String, ids: [String])
        /// Set the same values on many records of one type.
        case bulkUpdate(typeID: String, ids: [String], changes: [String: String])
        /// Send the open record's staged edits (the diff is in the details).
        case save
        /// Drop the open record's staged edits, or the unsaved create form.
        case dropStaged
        /// Quit, dropping the staged edits or the unsaved create form.
        case quit

        /// What `y` does, as the hints say it ("y saves").
        public var yesLabel: String {
            switch self {
            case .removeAssociation: "removes"
            case .archive: "archives"
            case .bulkUpdate: "sets it on all"
            case .save: "saves"
            case .dropStaged: "drops"
            case .quit: "quits"
            }
        }

        /// What any other key does, as the hints say it ("any other key keeps editing").
        public var noLabel: String {
            switch self {
            case .save, .dropStaged, .quit: "keeps editing"
            case .bulkUpdate: "cancels"
            case .removeAssociation, .archive: "keeps"
            }
        }
    }

    /// The question, naming what it is about.
    public var question: String
    /// What yes does.
    public var action: Action
    /// Lines shown in a box above the question (the diff of a save); empty asks in the status line only.
    public var details: [String]

    /// Creates a question.
    public init(question: String, action: Action, details: [String] = []) {
        self.question = question
        self.action = action
        self.details = details
    }
}
