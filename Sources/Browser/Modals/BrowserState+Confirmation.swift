import TerminalUI

// MARK: - Answers to a yes/no question
extension BrowserState {
    /// `y` does what was asked, through the screen it belongs to; any other key does not.
    mutating func answerConfirmation(_ command: ModalCommand) -> [Effect] {
        guard let asked = confirmation else { return [] }
        confirmation = nil
        guard command == .accept else {
            switch asked.action {
            case .save: message = StatusMessage("not saved; the edits stay staged")
            case .dropStaged, .quit: message = StatusMessage("kept the staged edits")
            default: message = StatusMessage("nothing changed")
            }
            return []
        }
        switch asked.action {
        case .removeAssociation(let owner, let target):
            return route(graphScreen.remove(owner: owner, target: target))
        case .archive(let typeID, let ids):
            return archive(typeID: typeID, ids: ids)
        case .save:
            return route(detailScreen.sendStaged())
        case .bulkUpdate(let typeID, let ids, let changes):
            return route(ListScreen.bulkUpdate(typeID: typeID, ids: ids, changes: changes))
        case .dropStaged:
            return route(detailScreen.dropStaged(graphShown: graph != nil))
        case .quit:
            return [.app(.quit(signal: nil))]
        }
    }
}
