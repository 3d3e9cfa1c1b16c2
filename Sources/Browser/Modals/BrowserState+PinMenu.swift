import CRMCache
import HubSpot
import TerminalUI

// MARK: - Pin-activity menu
extension BrowserState {
    /// Opens the menu for the record in the detail pane and fetches its activities.
    mutating func openPinMenu() -> [Effect] {
        guard let detail else { return [] }
        if var current = pins, current.typeID == detail.typeID, current.recordID == detail.record.id {
            current.phase = .loading
            pins = current
        } else {
            pins = PinMenu(typeID: detail.typeID, recordID: detail.record.id)
        }
        modals.set(.pinMenu, to: .pinMenu)
        pins?.pinnedID = Self.pinnedID(of: detail.record)
        return [.fetchActivities(typeID: detail.typeID, id: detail.record.id)]
    }

    /// The record's `hs_pinned_engagement_id`, when set.
    static func pinnedID(of record: CRMRecord) -> String? {
        guard let value = record.properties["hs_pinned_engagement_id"] ?? nil, !value.isEmpty else { return nil }
        return value
    }

    /// After the record view loads a record with a pinned activity, fetches its activities for the pinned line.
    /// A record without a pin costs no request.
    mutating func loadPinsForDetail() -> [Effect] {
        guard let detail, registry.resolve(detail.typeID)?.canPinActivity == true else { return [] }
        let pinned = Self.pinnedID(of: detail.record)
        if var pins, pins.typeID == detail.typeID, pins.recordID == detail.record.id {
            pins.pinnedID = pinned
            self.pins = pins
            return []
        }
        guard let pinned else {
            pins = nil
            modals.set(.pinMenu, to: nil)
            return []
        }
        pins = PinMenu(typeID: detail.typeID, recordID: detail.record.id)
        pins?.pinnedID = pinned
        return [.fetchActivities(typeID: detail.typeID, id: detail.record.id)]
    }

    /// Keys while the menu is open: moving, Enter pins, u unpins, Esc (or q, or p again) closes.
    mutating func typeIntoPinMenu(_ key: Key, _ command: ModalCommand) -> [Effect] {
        guard var menu = pins else { return [] }
        let height = max(1, (layout.list ?? layout.detail)?.height ?? 3) - 3
        let count = menu.items.count
        switch command {
        case .close:
            modals.set(.pinMenu, to: nil)
            return []
        case .accept:
            if let reason = PinMenu.pinDisabledReason(self) {
                message = StatusMessage("Enter: \(reason)")
                return []
            }
            return pinSelected()
        case .unpin:
            return performChecked(.unpin)
        case .move:
            switch keyBindings.command(for: key)?.command {
            case .moveDown?: menu.selection.move(by: 1, count: count, height: height)
            case .moveUp?: menu.selection.move(by: -1, count: count, height: height)
            case .pageDown?: menu.selection.page(1, count: count, height: height)
            case .pageUp?: menu.selection.page(-1, count: count, height: height)
            case .first?: menu.selection.moveTo(0, count: count, height: height)
            case .last?: menu.selection.moveTo(count - 1, count: count, height: height)
            default: return []
            }
        default:
            return []
        }
        pins = menu
        return []
    }

    /// Pins the highlighted activity through the write gateway.
    mutating func pinSelected() -> [Effect] {
        guard var menu = pins, let item = menu.selectedItem else { return [] }
        let effect = write(.pin(typeID: menu.typeID, id: menu.recordID, engagementID: item.id), from: .pin(menu.reference))
        message = StatusMessage("pinning \(item.typeLabel) \(item.id)…")
        return [effect]
    }

    /// Clears the record's pinned activity through the write gateway.
    mutating func unpin() -> [Effect] {
        guard let detail else { return [] }
        // The menu state may still be an earlier record's: only the open record is ever unpinned.
        let menu = pins.flatMap { $0.typeID == detail.typeID && $0.recordID == detail.record.id ? $0 : nil }
            ?? PinMenu(typeID: detail.typeID, recordID: detail.record.id)
        let effect = write(.pin(typeID: menu.typeID, id: menu.recordID, engagementID: nil), from: .pin(menu.reference))
        pins = menu
        message = StatusMessage("unpinning…")
        return [effect]
    }

    /// Matches a pin or unpin outcome to the menu; the server's refusal is shown with its reason.
    mutating func pinWriteFinished(_ record: RecordReference, request: WriteRequest, outcome: WriteOutcome) -> [Effect] {
        guard var menu = pins, menu.reference == record, case .pin(_, _, let engagementID) = request else { return [] }
        switch outcome {
        case .saved, .queued:
            menu.pinnedID = engagementID
            if var detail, detail.typeID == menu.typeID, detail.record.id == menu.recordID {
                detail.record.properties["hs_pinned_engagement_id"] = .some(engagementID ?? "")
                self.detail = detail
            }
            if case .queued(let pending) = outcome {
                message = StatusMessage("queued offline (\(pending) waiting)")
            } else {
                message = StatusMessage(engagementID.map { "pinned activity \($0)" } ?? "unpinned")
            }
        case .rejected(let failure):
            message = StatusMessage("pin refused: \(TerminalText.sanitize(failure.message))", kind: .error)
        case .conflict, .partial:
            message = StatusMessage("pin refused: the record changed on the server", kind: .error)
        }
        pins = menu
        return []
    }

    /// Stores fetched activities when they still belong to the menu's record.
    mutating func receiveActivities(typeID: String, id: String, items: [ActivityItem]) {
        guard var menu = pins, menu.typeID == typeID, menu.recordID == id else { return }
        menu.items = items
        let pinnedID = menu.pinnedID
        menu.phase = .loaded
        let selected = items.firstIndex { $0.id == pinnedID } ?? 0
        menu.selection = ListState(selected: 0, offset: 0)
        menu.selection.moveTo(selected, count: items.count, height: max(1, layout.listRowsHeight - 1))
        pins = menu
    }

    /// Records a failed activity fetch on the menu and in the status line.
    mutating func activitiesFailed(typeID: String, id: String, message text: String) {
        guard var menu = pins, menu.typeID == typeID, menu.recordID == id else { return }
        menu.phase = .failed(text)
        pins = menu
        if showsPinMenu { message = StatusMessage("activities: \(text)", kind: .error) }
    }
}

// MARK: - Disabled reasons
extension PinMenu {
    /// Why `p` is unavailable.
    @Sendable static func menuDisabledReason(_ state: BrowserState) -> String? {
        guard let detail = state.detail else { return "open a record first" }
        guard state.registry.resolve(detail.typeID)?.canPinActivity == true else {
            return "this object type cannot pin an activity"
        }
        return nil
    }

    /// Why pinning is unavailable.
    @Sendable static func pinDisabledReason(_ state: BrowserState) -> String? {
        if state.readOnly { return "read-only mode (--read-only): pinning is disabled" }
        guard let menu = state.pins, state.showsPinMenu else { return "open the pin menu first (p)" }
        guard menu.selectedItem != nil else { return "the record has no associated activity to pin" }
        return state.writes.isPending(.pin(menu.reference)) ? "a pin is already being saved" : nil
    }

    /// Why unpinning is unavailable.
    @Sendable static func unpinDisabledReason(_ state: BrowserState) -> String? {
        if state.readOnly { return "read-only mode (--read-only): unpinning is disabled" }
        guard let detail = state.detail else { return "open a record first" }
        let menu = state.pins.flatMap { $0.typeID == detail.typeID && $0.recordID == detail.record.id ? $0 : nil }
        guard BrowserState.pinnedID(of: detail.record) != nil || menu?.pinnedID != nil else {
            return "no activity is pinned on this record"
        }
        let reference = RecordReference(typeID: detail.typeID, id: detail.record.id)
        return state.writes.isPending(.pin(reference)) ? "a pin is already being saved" : nil
    }
}
