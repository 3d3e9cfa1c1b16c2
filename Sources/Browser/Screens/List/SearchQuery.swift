import Foundation
import HubSpot

/// The `/` prompt's small query language, turned into a HubSpot search.
///
/// Words are searched as text (HubSpot's `query`, over the type's searchable properties). A word with
/// an operator is a property filter, all of them AND'ed: `dealstage:closedwon amount>5000
/// owner:maria@example.com "closedate>=2025-01-01"`. Operators are `:` or `=` (equals; `*` means has a
/// value), `!=`, `>`, `>=`, `<`, `<=`. A property is named by its internal name or its label without
/// spaces; `owner` is `hubspot_owner_id` and `stage` the type's stage property. Values of enumerations
/// may be option labels; owners may be a name or an email; dates are `YYYY-MM-DD`. Quotes keep spaces
/// in a word: `dealname:"Summit Media"`.
public enum SearchQuery {
    /// The search for `text`, or a message naming the word that could not be understood.
    public static func parse(
        _ text: String, typeID: String, definitions: [PropertyDefinition], owners: [Owner]?, me: String? = nil
    ) -> Result<SearchRequest, InputError> {
        var words: [String] = []
        var filters: [SearchFilter] = []
        for word in split(text) {
            guard let (name, op, value) = operation(in: word) else {
                words.append(word)
                continue
            }
            switch filter(
                name: name, op: op, value: value, typeID: typeID, definitions: definitions, owners: owners,
                me: me)
            {
            case .success(let filter): filters.append(filter)
            case .failure(let error): return .failure(error)
            }
        }
        let query = words.joined(separator: " ")
        return .success(
            SearchRequest(
                filterGroups: filters.isEmpty ? [] : [FilterGroup(filters)],
                query: query.isEmpty ? nil : query, limit: BrowserState.pageSize))
    }

    /// The words of `text` as the language reads them (quotes keep spaces inside one).
    public static func words(_ text: String) -> [String] { split(text) }

    /// Words split on spaces, with double quotes keeping spaces inside one word.
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if character == " ", !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `name`, operator and value of a filter word; nil for a plain word.
    private static func operation(in word: String) -> (String, String, String)? {
        for op in ["!=", ">=", "<=", ":", "=", ">", "<"] {
            guard let range = word.range(of: op), range.lowerBound > word.startIndex else { continue }
            let name = String(word[..<range.lowerBound])
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
            return (name, op, String(word[range.upperBound...]))
        }
        return nil
    }

    private static func filter(
        name: String, op: String, value: String, typeID: String, definitions: [PropertyDefinition], owners: [Owner]?,
        me: String?
    ) -> Result<SearchFilter, InputError> {
        guard let definition = resolve(name, typeID: typeID, definitions: definitions) else {
            return .failure(InputError("no property \"\(name)\" here (use an internal name or a label without spaces)"))
        }
        if value == "*" {
            return .success(SearchFilter(definition.name, op == "!=" ? .notHasProperty : .hasProperty))
        }
        let operators: [String: FilterOperator] = [
            ":": .eq, "=": .eq, "!=": .neq, ">": .gt, ">=": .gte, "<": .lt, "<=": .lte,
        ]
        guard let filterOperator = operators[op] else { return .failure(InputError("unknown operator \(op)")) }
        switch stored(value, for: definition, owners: owners, me: me) {
        case .success(let storedValue): return .success(SearchFilter(definition.name, filterOperator, storedValue))
        case .failure(let error): return .failure(error)
        }
    }

    private static func resolve(_ name: String, typeID: String, definitions: [PropertyDefinition])
        -> PropertyDefinition?
    {
        let key = name.lowercased()
        let aliases = [
            "owner": "hubspot_owner_id", "stage": typeID == "0-3" ? "dealstage" : "hs_pipeline_stage",
            "id": "hs_object_id",
        ]
        let wanted = aliases[key] ?? key
        return definitions.first { $0.name.lowercased() == wanted }
            ?? definitions.first { $0.label.lowercased().filter { $0 != " " } == key }
    }

    /// The value HubSpot stores for what was typed: an option's value, an owner's id, a day in milliseconds.
    private static func stored(
        _ value: String, for definition: PropertyDefinition, owners: [Owner]?, me: String?
    ) -> Result<String, InputError> {
        if definition.name == "hubspot_owner_id" {
            if value.allSatisfy(\.isNumber) { return .success(value) }
            if value.lowercased() == "me" {
                guard let me else {
                    return .failure(
                        InputError("owner:me needs to know who you are: set me = \"your email\" in the profile"))
                }
                return stored(me, for: definition, owners: owners, me: nil)
            }
            guard let owners else { return .failure(InputError("owners are still loading; try again")) }
            let typed = value.lowercased()
            guard
                let owner = owners.first(where: {
                    $0.email?.lowercased() == typed || $0.displayName.lowercased() == typed
                        || $0.displayName.lowercased().filter { $0 != " " } == typed
                })
            else { return .failure(InputError("no owner \"\(value)\"")) }
            return .success(owner.id)
        }
        if definition.type == "enumeration", !definition.options.isEmpty {
            guard
                let option = definition.options.first(where: {
                    $0.value.lowercased() == value.lowercased() || $0.label.lowercased() == value.lowercased()
                        || $0.label.lowercased().filter { $0 != " " } == value.lowercased()
                })
            else {
                return .failure(InputError("\(definition.label) has no option \"\(value)\""))
            }
            return .success(option.value)
        }
        if definition.type == "date" || definition.type == "datetime" {
            // A day that does not exist (2025-99-99), or no day at all, is named; nothing is sent.
            guard let day = HubSpotTimestamp.parseDay(value) else {
                return .failure(InputError("\(definition.label) takes a date as YYYY-MM-DD, not \"\(value)\""))
            }
            return .success(String(Int64((day.timeIntervalSince1970 * 1000).rounded())))
        }
        // Decimal notation only, as HubSpot reads numbers: Double alone took 0x1p3, inf and 1e999.
        if definition.type == "number", DecimalNumber.parse(value) == nil {
            return .failure(InputError("\(definition.label) takes a number, not \"\(value)\""))
        }
        return .success(value)
    }
}
