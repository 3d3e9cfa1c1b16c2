import HubSpot

// MARK: - z: the selected property's value whole, with what is staged and, after a conflict, the server's
extension DetailScreen {
    /// Why `z` does nothing now, or nil when it shows the selected property.
    func fullValueDisabledReason(focus: Pane, _ context: ScreenContext) -> String? {
        guard focus == .detail, detail != nil else { return "open a record (Enter) to read its values whole" }
        guard let row = selectedRow(context) else { return "no property selected" }
        if row.isHeading { return "\(row.label) is a group heading: select one of its properties" }
        return nil
    }

    /// The full-value view of the selected property, or nil when none is selected.
    func fullValue(_ context: ScreenContext) -> FullValue? {
        guard let detail, let row = selectedRow(context), !row.isHeading else { return nil }
        let definition = context.catalog.definition(row.name, typeID: detail.typeID)
        let stored = (detail.record[property: row.name] ?? nil) ?? ""
        var paragraphs = FullValue.paragraphs(of: stored, definition: definition)
        // What is about to be saved, and what the server holds after a conflict, read whole like the value.
        if let staged = detail.staged[row.name], !detail.isNew {
            paragraphs +=
                ["", "── staged (Ctrl-s saves it):"] + FullValue.paragraphs(of: staged, definition: definition)
            if let server = detail.conflict {
                let theirs = (server[property: row.name] ?? nil) ?? ""
                paragraphs +=
                    ["", "── theirs (on the server now):"]
                    + FullValue.paragraphs(of: theirs, definition: definition)
            }
        } else if let staged = detail.staged[row.name] {
            paragraphs = FullValue.paragraphs(of: staged, definition: definition)
        }
        if let error = detail.errors[row.name] { paragraphs += ["", "✗ " + error] }
        return FullValue(title: definition?.label ?? row.label, paragraphs: paragraphs)
    }
}
