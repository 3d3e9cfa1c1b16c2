/// Copying the record id with `y`.
extension BrowserState {
    /// The id of the record in the detail pane when it has focus, else of the selected row.
    public var recordIDToCopy: String? {
        if focus == .detail, let detail { return detail.record.id }
        return activeList?.selectedRecord?.id
    }

    /// Asks the app to copy the record id, and says so.
    mutating func copyRecordID() {
        guard let id = recordIDToCopy else { return }
        clipboardRequest = id
        message = StatusMessage("copied record id \(id) to the clipboard")
    }
}
