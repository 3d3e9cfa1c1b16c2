import CRMCache
import TerminalUI

/// A pick list over the screen: typing narrows the options (fuzzy), arrows move, Enter picks
/// (Space toggles in a multi-select). What a pick does depends on its purpose.
public struct Picker: Sendable, Equatable {

    /// One choice: the label a person reads, the value that is sent, and an optional note.
    public struct Option: Sendable, Equatable {
        /// What is shown.
        public var label: String
        /// What is sent or used.
        public var value: String
        /// A dim note after the label (an email, a record id).
        public var note: String

        /// Creates an option.
        public init(label: String, value: String, note: String = "") {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    /// What picking does.
    public enum Purpose: Sendable, Equatable {
        /// Stage the value of property `name` of the open record.
        case propertyValue(name: String)
        /// Stage several values of checkbox property `name`, joined with `;`.
        case propertyValues(name: String)
        /// The command palette: a type, a recent record, an action, a theme or a profile.
        case palette
        /// Choose the property to set on the marked rows of `typeID`'s list.
        case bulkProperty(typeID: String)
        /// Choose the value of property `name` for the marked rows of `typeID`'s list.
        case bulkValue(typeID: String, name: String)
        /// Choose the type of record to associate with the graph's selected record.
        case associationType(from: RecordReference)
        /// Choose the record of `toType` to associate: typed text is a search, Enter runs it.
        case associationTarget(from: RecordReference, toType: String)
        /// Choose the label of the new association (`value` is "category:typeId", or "" for the default).
        case associationLabel(from: RecordReference, to: RecordReference)
        /// Choose the properties shown as columns of `typeID`'s list.
        case columns(typeID: String)
        /// Choose the property `typeID`'s list is sorted by ("" for HubSpot's order).
        case sort(typeID: String)
    }

    /// The box's title.
    public var title: String
    /// Every option, before narrowing.
    public var options: [Option]
    /// What picking does.
    public var purpose: Purpose
    /// Whether several options may be chosen.
    public var isMulti = false
    /// The chosen values of a multi-select.
    public var chosen: Set<String> = [] {
        didSet {
            // The order they were chosen in: columns come out in it, not in the list's alphabetical order.
            chosenOrder = chosenOrder.filter(chosen.contains) + chosen.subtracting(chosenOrder).sorted()
        }
    }
    /// The chosen values in the order they were chosen (those given at the start first, in their order).
    public private(set) var chosenOrder: [String] = []
    /// The typed text: a fuzzy filter, or for a search picker the query.
    public var text = ""
    /// The query the options came from (search pickers): Enter on unchanged text picks.
    public var searchedText: String?
    /// Shown instead of the options while they load, or when something failed.
    public var notice: String?
    /// Staged properties Esc drops again (a new pipeline whose stage was not picked).
    public var unstageOnCancel: [String] = []
    /// The highlighted row among the visible options.
    public var selection = ListState(selected: 0, offset: 0)

    /// Creates a picker with `options`, highlighting the one whose value is `current`.
    public init(title: String, options: [Option], purpose: Purpose, current: String? = nil, isMulti: Bool = false) {
        self.title = title
        self.options = options
        self.purpose = purpose
        self.isMulti = isMulti
        if isMulti, let current {
            let given = current.split(separator: ";").map(String.init)
            chosenOrder = given
            chosen = Set(given)
        }
        if !isMulti, let current, let index = options.firstIndex(where: { $0.value == current }) {
            selection.selected = index
        }
    }

    /// Whether typed text searches the server instead of narrowing the options.
    public var isSearch: Bool {
        if case .associationTarget = purpose { return true }
        return false
    }

    /// The options the typed text leaves (all of them for a search picker): labels that start with the
    /// text first, then the other fuzzy matches, each in their own order.
    public var visible: [Option] {
        guard !isSearch, !text.isEmpty else { return options }
        let pattern = FuzzyMatch.Pattern(text)
        let matches = options.filter { pattern.match(in: $0.label + " " + $0.note) != nil }
        let typed = text.lowercased()
        return matches.filter { $0.label.lowercased().hasPrefix(typed) }
            + matches.filter { !$0.label.lowercased().hasPrefix(typed) }
    }

    /// The highlighted option.
    public var highlighted: Option? {
        let shown = visible
        return shown.indices.contains(selection.selected) ? shown[selection.selected] : nil
    }
}
