import CRMCache
import HubSpot
import TerminalUI

// MARK: - The pin menu's keys (its rows are the record screen's activities)
extension BrowserState {
    /// Keys while the menu is open: moving, Enter pins, u unpins, Esc (or q, or p again) closes.
    mutating func typeIntoPinMenu(_ key: Key, _ command: ModalCommand) -> [Effect] {
        switch command {
        case .close:
            modals.set(.pinMenu, to: nil)
            return []
        case .accept:
            if let reason = PinMenu.pinDisabledReason(self) {
                message = StatusMessage("Enter: \(reason)")
                return []
            }
            return route(detailScreen.pinSelected())
        case .unpin:
            return performChecked(.unpin)
        case .move:
            detailScreen.movePinSelection(keyBindings.command(for: key)?.command, context)
            return []
        default:
            return []
        }
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
        let menu = state.detailScreen.openRecordPins
        guard DetailScreen.pinnedID(of: detail.record) != nil || menu?.pinnedID != nil else {
            return "no activity is pinned on this record"
        }
        return state.writes.isPending(.pin(detail.reference)) ? "a pin is already being saved" : nil
    }
}
