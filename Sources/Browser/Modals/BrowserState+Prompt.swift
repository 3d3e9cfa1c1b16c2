import TerminalUI

// MARK: - The inline editor: typed in the status line, staged on the open record or set on the marked rows
extension BrowserState {
    /// Keys typed into the inline editor: Enter stages the value (if it parses), Esc cancels.
    mutating func typeIntoPrompt(_ key: Key, _ command: ModalCommand) -> [Effect] {
        guard var current = prompt else { return [] }
        current.error = nil
        switch command {
        case .otherKey:
            if case .cut(let limit) = TypedText.add(key, to: &current.text, limit: TypedText.valueLimit, oneLine: false)
            {
                message = TypedText.cutMessage("A value", limit: limit)
            }
            if key == .backspace, !current.text.isEmpty { current.text.removeLast() }
        case .clear: current.text = ""
        case .close:
            prompt = nil
            return []
        case .accept:
            if let seq = current.settlesCreate {
                prompt = current
                return settleCreate(seq, id: current.text)
            }
            guard let typeID = current.bulkTypeID ?? detail?.typeID else { return [] }
            switch PropertyInput.parse(
                current.text, for: catalog.definition(current.name, typeID: typeID),
                rules: catalog.rules(current.name, typeID: typeID))
            {
            case .failure(let error):
                current.error = error.message
            case .success(let value):
                prompt = nil
                if current.bulkTypeID != nil {
                    return confirmBulkUpdate(typeID: typeID, name: current.name, value: value)
                }
                return route(detailScreen.stage(current.name, value))
            }
        default: break
        }
        prompt = current
        return []
    }
}
