import TerminalUI

/// The open pick list in a box over the screen: the typed text, the options (chosen ones marked in
/// a multi-select), and the keys.
enum PickerView {
    static func draw(_ picker: Picker, state: BrowserState, into canvas: inout Canvas) {
        let options = picker.visible
        let height = state.pickerRowsHeight
        let width = min(canvas.size.width - 4, 72)
        let boxHeight = min(canvas.size.height - 2, height + 4)
        let inner = OverlayBox.draw(into: &canvas, width: width, height: boxHeight, title: picker.title)
        guard inner.height >= 3 else { return }
        let (inputRect, rest) = inner.splitRows(topHeight: 1)
        let (rowsRect, keysRect) = rest.splitRows(bottomHeight: 1)
        let prefix = picker.isSearch ? " search: " : picker.purpose == .palette ? " :" : " filter: "
        let used = canvas.write(
            prefix + TerminalText.sanitize(picker.text), at: Point(x: inputRect.x, y: inputRect.y),
            role: "text", clip: inputRect)
        canvas.write("▏", at: Point(x: inputRect.x + used, y: inputRect.y), role: "status.loading", clip: inputRect)
        if let notice = picker.notice, options.isEmpty || picker.notice?.hasSuffix("…") == true {
            canvas.write(
                " " + TerminalText.sanitize(notice), at: Point(x: rowsRect.x, y: rowsRect.y), role: "text.dim",
                clip: rowsRect)
        } else {
            ListView.draw(
                into: &canvas, rect: rowsRect, state: picker.selection, count: options.count, focused: true,
                rowRole: "text"
            ) { index, selected in
                let option = options[index]
                let mark = picker.isMulti ? (picker.chosen.contains(option.value) ? "[x] " : "[ ] ") : ""
                let note = option.note.isEmpty ? "" : "  " + TerminalText.sanitize(option.note)
                return [
                    TextSpan(
                        text: " " + mark + TerminalText.sanitize(option.label),
                        role: selected ? "list.selected" : "text"),
                    TextSpan(text: note, role: selected ? "list.selected" : "text.dim"),
                ]
            }
        }
        let keys = Modal.picker(picker).bindings(state.keyBindings).hintLine
        canvas.write(" " + keys, at: Point(x: keysRect.x, y: keysRect.y), role: "text.dim", clip: keysRect)
    }
}
