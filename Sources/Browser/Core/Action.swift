import CRMCache
import Foundation
import HubSpot
import TerminalUI

/// Everything that changes the browser's state: keys, resizes, and the results of effects.
public enum Action: Sendable {
    /// A key press.
    case key(Key)
    /// The terminal changed size.
    case resized(Size)
    /// The app has started: load the first list.
    case started
    /// A page of records arrived.
    case pageLoaded(typeID: String, page: Int, RecordPage)
    /// A page of records read from the local cache, fetched from the server at `fetchedAt`.
    /// `final` is true when no live answer follows (offline); otherwise the live page replaces it in place.
    case cachedPageLoaded(typeID: String, page: Int, RecordPage, fetchedAt: Date, final: Bool)
    /// A record read from the local cache, fetched from the server at `fetchedAt`.
    case cachedRecordLoaded(typeID: String, CRMRecord, fetchedAt: Date)
    /// The network was lost (`online == false`, with the client's reason) or reached again.
    case connectivityChanged(online: Bool, reason: String?)
    /// The outbox changed: `pending` entries wait; `message` says what replay did, if anything.
    case outboxChanged(pending: Int, message: StatusMessage?)
    /// The local full-text search for `text` among `typeID`'s cached records answered.
    case localSearchFinished(typeID: String, text: String, [CRMRecord])
    /// Replaying the outbox stopped at a conflict: this entry waits for the user to keep theirs or take the server's.
    case outboxConflict(OutboxEntry)
    /// A page that had left memory was read back (`nil` rows: it could not be; `failure` says why).
    case pageReadBack(typeID: String, page: Int, [CRMRecord]?, failure: String?)
    /// A page fetch failed.
    case pageFailed(typeID: String, page: Int, message: String)
    /// A type's property definitions arrived.
    case definitionsLoaded(typeID: String, [PropertyDefinition])
    /// A type's property groups arrived (none when they could not be read: rows then go without headings).
    case propertyGroupsLoaded(typeID: String, [PropertyGroup])
    /// A type's property validation rules arrived (none when they could not be read: edits are then checked by
    /// the server alone).
    case validationRulesLoaded(typeID: String, [PropertyValidation])
    /// A property-definition fetch failed.
    case definitionsFailed(typeID: String, message: String)
    /// A full record arrived.
    case recordLoaded(typeID: String, CRMRecord)
    /// A record fetch failed.
    case recordFailed(typeID: String, id: String, message: String)
    /// The portal's custom object types arrived (an empty list when the portal has none or the
    /// token may not read schemas).
    case customTypesLoaded([ObjectType])
    /// Whether each of these types holds records, as a list read from its start, the background probe or the
    /// cache said (the sidebar dims the empty ones).
    case typeOccupancyLearned([String: Bool])
    /// The portal's owners arrived (for the owner picker).
    case ownersLoaded([Owner])
    /// A type's pipelines arrived (for the pipeline and stage pickers).
    case pipelinesLoaded(typeID: String, [Pipeline])
    /// Owners, pipelines, labels or a record search could not be read.
    case lookupFailed(String)
    /// A server search (or, offline, a cache search) for records of `typeID` answered.
    case recordSearchFinished(typeID: String, text: String, [CRMRecord])
    /// The association labels between two types arrived.
    case associationLabelsLoaded(fromType: String, toType: String, [AssociationTypeLabel])
    /// One hop of the association graph arrived (`cached`: from the cache, the live one may follow).
    case graphHopLoaded(RecordReference, [AssociationGraph.Group], names: [RecordReference: String], cached: Bool)
    /// One hop of the association graph could not be read.
    case graphHopFailed(RecordReference, message: String)
    /// The next page of a group of the graph arrived.
    case graphPageLoaded(
        owner: RecordReference, toTypeID: String, [AssociationGraph.Item], nextAfter: String?,
        names: [RecordReference: String])
    /// The next page of a graph group could not be read; the group keeps its cursor for another try.
    case graphPageFailed(owner: RecordReference, toTypeID: String, message: String)
    /// Display names of records arrived.
    case namesLoaded([RecordReference: String])
    /// A record's associated activities arrived, newest first.
    case activitiesLoaded(typeID: String, id: String, [ActivityItem])
    /// A record's activities could not be read.
    case activitiesFailed(typeID: String, id: String, message: String)
    /// The external editor ended with the edited text for property `name`, or why it gave none.
    case externalEditFinished(name: String, Result<String, ExternalEditorError>)
    /// The portal's account details arrived (nil when they could not be read).
    case accountLoaded(AccountDetails?)
    /// Hand `request` to the write gateway from outside the screens (no screen waits for its outcome).
    case submit(WriteRequest)
    /// A write handed to the gateway under `token` ended.
    case writeFinished(token: Int, WriteRequest, WriteOutcome)
    /// The client reported a response, a retry or a throttling wait.
    case client(ClientEvent)
    /// A second passed while requests were out: the header says how long the oldest has waited.
    case tick(ContinuousClock.Instant)
    /// A signal (SIGINT, SIGTERM, SIGHUP) asks the app to quit.
    case signalled(name: String)
    /// Switch to theme `name` (one of ``BrowserState/themeChoices``) without restarting.
    case switchTheme(String)
    /// The app opened `url` in a browser, or (`inBrowser` false) copied it instead.
    case urlOpened(String, inBrowser: Bool)
    /// The app loaded theme `name` and the backend draws with it now.
    case themeApplied(String)
    /// Theme `name` could not be loaded; the one in use stays.
    case themeFailed(String)
    /// The preferences file could not be written; says why.
    case preferencesNotSaved(String)
    /// A list read elsewhere, whole, replaces its type's list (`spoke bench keys` loads 100,000 rows at once).
    case listReplaced(RecordList)
    /// Show a message in the status line (a warning at start, say).
    case notify(StatusMessage)
    /// This portal's bookmarks, columns and sorts as read at start, and the config file's `[columns]`.
    case preferencesLoaded(PortalPreferences, configuredColumns: [String: [String]])
    /// The themes that can be switched to, and the one in use.
    case themesOffered(current: String, choices: [String])
    /// The config file's profile names, for the palette.
    case profilesOffered([String])
    /// Who you are in this portal (the profile's `me` email), for `owner:me`.
    case identified(me: String?)
    /// Problems found at start (config file, key remaps, theme, cache), listed whole in a scrollable box.
    case problemsFound([String])
}
