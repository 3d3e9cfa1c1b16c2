import CRMCache
import HubSpot

/// Work the update function asks for; the effect runner performs it off the UI thread and
/// answers with an `Action`.
public enum Effect: Sendable, Hashable {
    /// Fetch page `page` of `typeID` with cursor `after`, asking for `properties`.
    case fetchPage(typeID: String, page: Int, after: String?, properties: [String])
    /// Read back page `page` of `typeID`'s list, which left memory: from the cache's copy of the list,
    /// else (a sorted list or a server search, `search`; a page the cache lost) from HubSpot with its cursor.
    case readBackPage(typeID: String, page: Int, after: String?, properties: [String], search: SearchRequest?)
    /// Fetch the property definitions of `typeID`.
    case fetchDefinitions(typeID: String)
    /// Fetch the property groups of `typeID`.
    case fetchPropertyGroups(typeID: String)
    /// Fetch the property validation rules of `typeID`.
    case fetchValidationRules(typeID: String)
    /// Fetch the portal's account details (its id and web domain, for record URLs).
    case fetchAccount
    /// Fetch the portal's custom object types (schemas).
    case fetchCustomTypes
    /// Say which of `typeIDs` the cache knows to hold records or none; with `probe`, also read (one record, in the
    /// background) each type it has not known for a day, and remember the answers (decision 0043).
    case learnTypeOccupancy(typeIDs: [String], probe: Bool)
    /// Remember whether each type holds records (a record created in an empty type).
    case rememberTypeOccupancy([String: Bool])
    /// Fetch one record with `properties`.
    case fetchRecord(typeID: String, id: String, properties: [String])
    /// Fetch page `page` of a server search of `typeID` (the cursor is ``HubSpotClient/searchPage(_:_:cursor:)``'s).
    case fetchSearchPage(typeID: String, page: Int, cursor: String?, SearchRequest)
    /// Search the local cache's full-text index for `text` among records of `typeID`.
    case searchLocal(typeID: String, text: String)
    /// Settle an outbox conflict (`keepLocal`: send ours over the server's; else drop ours), then replay.
    case resolveOutboxConflict(seq: Int64, keepLocal: Bool)
    /// Settle an outbox create of unknown fate as created: read record `id` and adopt it as the lost answer.
    case adoptOutboxCreate(seq: Int64, id: String)
    /// Fetch the portal's owners (every page).
    case fetchOwners
    /// Fetch the pipelines of `typeID`.
    case fetchPipelines(typeID: String)
    /// Search records of `typeID` for `text` (server search; the cache's when offline).
    case searchRecords(typeID: String, text: String)
    /// Fetch the association labels from one type to another.
    case fetchAssociationLabels(fromType: String, toType: String)
    /// Read one hop of the association graph.
    case loadGraphHop(RecordReference, known: KnownAssociations? = nil)
    /// Read the next page of a graph group.
    case loadGraphPage(RecordReference, toTypeID: String, after: String)
    /// Read the display names of records of one type.
    case loadNames(typeID: String, ids: [String])
    /// Fetch a record's associated activities of every activity type.
    case fetchActivities(typeID: String, id: String)
    /// Wait for `$VISUAL`/`$EDITOR` on a temporary file holding `text`, for property `name` (the app starts
    /// this after ``AppEffect/suspendForEditor(name:text:)`` handed it the terminal).
    case editExternally(name: String, text: String)
    /// Work for the app itself, on the loop thread (clipboard, browser, theme, preferences, editor, quit).
    case app(AppEffect)
    /// Hand a change to the write gateway; `token` comes back with the outcome.
    case write(token: Int, WriteRequest)
    /// Stop every read under way (Esc while loading); each answers with its usual failure, "cancelled".
    case cancelReads
}

extension Effect {
    /// Whether Esc may cancel the effect: reads a person is waiting for. Writes never are (their outcome
    /// must be known), nor the start-up reads nobody waits on.
    public var isCancellableRead: Bool {
        switch self {
        case .fetchPage, .fetchDefinitions, .fetchPropertyGroups, .fetchRecord, .fetchSearchPage, .fetchOwners,
            .fetchPipelines, .searchRecords, .fetchAssociationLabels, .loadGraphHop, .loadGraphPage, .loadNames,
            .fetchActivities, .fetchValidationRules:
            true
        case .fetchAccount, .fetchCustomTypes, .learnTypeOccupancy, .rememberTypeOccupancy, .searchLocal, .readBackPage,
            .resolveOutboxConflict,
            .adoptOutboxCreate, .editExternally, .write,
            .cancelReads,
            .app:
            false
        }
    }
}
