import CRMCache
import HubSpot
import TerminalUI

// MARK: - The record's activities: the pin menu's rows, pinning and unpinning, the pinned line
extension DetailScreen {
    /// The record's `hs_pinned_engagement_id`, when set.
    static func pinnedID(of record: CRMRecord) -> String? {
        guard let value = record.properties["hs_pinned_engagement_id"] ?? nil, !value.isEmpty else { return nil }
        return value
    }

    /// The activities of the open record, when `pins` holds that record's (it may still be an earlier one's).
    var openRecordPins: PinMenu? {
        guard let detail, let pins, pins.typeID == detail.typeID, pins.recordID == detail.record.id else { return nil }
        return pins
    }

    /// `p`: the menu of the open record's activities, fetched again.
    mutating func openPinMenu() -> ScreenUpdate {
        guard let detail else { return .none }
        var menu = openRecordPins ?? PinMenu(typeID: detail.typeID, recordID: detail.record.id)
        menu.phase = .loading
        menu.pinnedID = Self.pinnedID(of: detail.record)
        pins = menu
        return ScreenUpdate(
            effects: [.fetchActivities(typeID: detail.typeID, id: detail.record.id)],
            requests: [.modal(.pinMenu)])
    }

    /// After the record view loads a record with a pinned activity, fetches its activities for the pinned line.
    /// A record without a pin costs no request.
    mutating func loadPins(_ context: ScreenContext) -> ScreenUpdate {
        guard let detail, context.session.registry.resolve(detail.typeID)?.canPinActivity == true else { return .none }
        let pinned = Self.pinnedID(of: detail.record)
        if openRecordPins != nil {
            pins?.pinnedID = pinned
            return .none
        }
        guard let pinned else {
            pins = nil
            return .ask(.closeModal(.pinMenu))
        }
        pins = PinMenu(typeID: detail.typeID, recordID: detail.record.id)
        pins?.pinnedID = pinned
        return .run([.fetchActivities(typeID: detail.typeID, id: detail.record.id)])
    }

    /// Moves the menu's highlight by the key table's movement `command`.
    mutating func movePinSelection(_ command: Command?, _ context: ScreenContext) {
        guard var menu = pins else { return }
        let height = max(1, (context.layout.list ?? context.layout.detail)?.height ?? 3) - 3
        let count = menu.items.count
        switch command {
        case .moveDown?: menu.selection.move(by: 1, count: count, height: height)
        case .moveUp?: menu.selection.move(by: -1, count: count, height: height)
        case .pageDown?: menu.selection.page(1, count: count, height: height)
        case .pageUp?: menu.selection.page(-1, count: count, height: height)
        case .first?: menu.selection.moveTo(0, count: count, height: height)
        case .last?: menu.selection.moveTo(count - 1, count: count, height: height)
        default: return
        }
        pins = menu
    }

    /// Enter in the menu: pins the highlighted activity through the write gateway.
    func pinSelected() -> ScreenUpdate {
        guard let menu = pins, let item = menu.selectedItem else { return .none }
        return .ask(
            .write(.pin(typeID: menu.typeID, id: menu.recordID, engagementID: item.id), from: .pin(menu.reference)),
            .message(StatusMessage("pinning \(item.typeLabel) \(item.id)…")))
    }

    /// `u`: clears the open record's pinned activity through the write gateway.
    mutating func unpin() -> ScreenUpdate {
        guard let detail else { return .none }
        // The menu state may still be an earlier record's: only the open record is ever unpinned.
        let menu = openRecordPins ?? PinMenu(typeID: detail.typeID, recordID: detail.record.id)
        pins = menu
        return .ask(
            .write(.pin(typeID: menu.typeID, id: menu.recordID, engagementID: nil), from: .pin(menu.reference)),
            .message(StatusMessage("unpinning…")))
    }

    /// A pin or unpin of `record` ended: the pinned line follows, or the server's refusal is shown with its reason.
    mutating func pinFinished(_ record: RecordReference, _ request: WriteRequest, _ outcome: WriteOutcome)
        -> ScreenUpdate
    {
        guard var menu = pins, menu.reference == record, case .pin(_, _, let engagementID) = request else {
            return .none
        }
        let note: StatusMessage
        switch outcome {
        case .saved, .queued:
            menu.pinnedID = engagementID
            if detail?.reference == record {
                detail?.record.properties["hs_pinned_engagement_id"] = .some(engagementID ?? "")
                // The pin changed the record on the server: its new updatedAt is ours, so a save after it
                // is not mistaken for someone else's change (a conflict with our own pin).
                if case .saved(let saved?) = outcome {
                    detail?.record.updatedAt = saved.updatedAt
                    if detail?.staged.isEmpty == true { detail?.base = saved.updatedAt }
                }
            }
            if case .queued(let pending) = outcome {
                note = StatusMessage("queued offline (\(pending) waiting)")
            } else {
                note = StatusMessage(engagementID.map { "pinned activity \($0)" } ?? "unpinned")
            }
        case .rejected(let failure):
            note = StatusMessage("pin refused: \(TerminalText.sanitize(failure.message))", kind: .error)
        case .conflict, .partial:
            note = StatusMessage("pin refused: the record changed on the server", kind: .error)
        }
        pins = menu
        return .ask(.message(note))
    }

    /// Fetched activities, kept when they still belong to the menu's record; the pinned one is highlighted.
    mutating func receiveActivities(typeID: String, id: String, items: [ActivityItem], _ context: ScreenContext) {
        guard var menu = pins, menu.typeID == typeID, menu.recordID == id else { return }
        menu.items = items
        menu.phase = .loaded
        let selected = items.firstIndex { $0.id == menu.pinnedID } ?? 0
        menu.selection = ListState(selected: 0, offset: 0)
        menu.selection.moveTo(selected, count: items.count, height: max(1, context.layout.listRowsHeight - 1))
        pins = menu
    }

    /// A failed activity fetch, kept on the menu (the status line says it while the menu is open).
    mutating func activitiesFailed(typeID: String, id: String, message text: String, menuShown: Bool) -> ScreenUpdate {
        guard var menu = pins, menu.typeID == typeID, menu.recordID == id else { return .none }
        menu.phase = .failed(text)
        pins = menu
        return menuShown ? .ask(.message(StatusMessage("activities: \(text)", kind: .error))) : .none
    }
}
