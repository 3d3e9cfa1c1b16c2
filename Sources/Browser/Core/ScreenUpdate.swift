import CRMCache
import HubSpot

/// What a screen hands back after a key or a result: the effects to run, and what it asks of the parts
/// of the browser it does not own. The router (``BrowserState/route(_:)``) carries the requests out, in order.
struct ScreenUpdate: Sendable {
    /// One thing a screen asks of the rest of the browser.
    enum Request: Sendable, Equatable {
        /// Show this in the status line (nil clears it).
        case message(StatusMessage?)
        /// Open this modal on top.
        case modal(Modal)
        /// Close the modal of this kind, wherever it is in the stack.
        case closeModal(Modal.Kind)
        /// Remember the display names of these records.
        case names([RecordReference: String])
        /// These records' names have been asked for; do not ask again.
        case namesRequested(Set<RecordReference>)
        /// Move the focus to this pane.
        case focus(Pane)
        /// Remember where the browser is, then open `record` (with `thenGraph`, centre the graph on it).
        case openRecord(RecordReference, thenGraph: Bool)
        /// Hand this write to the gateway, its outcome to come back to `origin`.
        case write(WriteRequest, from: WriteOrigin)
        /// So many changes wait in the outbox now.
        case pending(Int)
        /// `record` of `typeID` changed: every loaded list row that holds it shows the change.
        case recordChanged(typeID: String, CRMRecord)
        /// `record` of `typeID` was created: the type's list shows it first, when that list is the one shown.
        case recordCreated(typeID: String, CRMRecord)
        /// Read the open record (after its type's definitions, when they are not known yet).
        case loadOpenRecord
        /// The record view follows the list's selection again (a create form was left, a list changed).
        case followListSelection
        /// Run this command as its key would (moving while typing in the `/` prompt).
        case command(Command)
        /// Choose `names` as `typeID`'s list columns (nil: back to the config's or the type's), kept per portal.
        case columns(typeID: String, [String]?)
        /// Sort `typeID`'s list by `sort` (nil: HubSpot's order), kept per portal.
        case sort(typeID: String, ListSort?)
        /// Fetch `typeID`'s property definitions unless they are known or on their way.
        case definitions(typeID: String)
    }

    /// Effects to run.
    var effects: [Effect] = []
    /// Requests for the router, in order.
    var requests: [Request] = []

    /// Nothing to do.
    static let none = ScreenUpdate()

    /// Runs `effects`, asks nothing else.
    static func run(_ effects: [Effect]) -> ScreenUpdate {
        ScreenUpdate(effects: effects)
    }

    /// Asks `requests` of the router.
    static func ask(_ requests: Request...) -> ScreenUpdate {
        ScreenUpdate(requests: requests)
    }

    /// This update followed by `other`.
    func then(_ other: ScreenUpdate) -> ScreenUpdate {
        ScreenUpdate(effects: effects + other.effects, requests: requests + other.requests)
    }
}
