import TerminalUI

// MARK: - Sideways scrolling (`>`/`<`): columns that do not fit are reached, the name column stays
extension BrowserState {
    /// The room the list's columns have at this size, nil when the list is not on screen.
    private var listColumnsWidth: Int? {
        layout.list.map { $0.inset(by: 1).width - 1 }
    }

    /// How many columns of the selected type are scrolled out on the left.
    private var columnShift: Int { listScreen.columnShift[selectedType.id] ?? 0 }

    /// Whether columns of the selected type are cut off on the right at the current shift.
    private var columnsHiddenOnTheRight: Bool {
        guard let width = listColumnsWidth else { return false }
        let all = columns(for: selectedType)
        let shown = RecordRows.fitNaming(all, width: width, shift: columnShift).columns.count
        return shown < all.count - columnShift
    }

    var columnsRightDisabledReason: String? {
        if listColumnsWidth == nil { return "the list is not on screen" }
        return columnsHiddenOnTheRight ? nil : "every column to the right is shown"
    }

    var columnsLeftDisabledReason: String? {
        if listColumnsWidth == nil { return "the list is not on screen" }
        return columnShift > 0 ? nil : "the columns are at their start"
    }

    /// Scrolls the selected type's columns by `step` (one column); the key table's disabled reasons keep it
    /// within what there is to see.
    mutating func shiftColumns(by step: Int) -> [Effect] {
        listScreen.columnShift[selectedType.id] = max(0, columnShift + step)
        return []
    }
}
