import CRMCache

/// Copying the record id (`y`) or its HubSpot URL (`Y`), and opening that URL (`o`).
extension BrowserState {
    /// The id of the record in the detail pane when it has focus, else of the selected row.
    public var recordIDToCopy: String? {
        // A create form has no id until it is saved: nothing to copy then.
        if focus == .detail, let detail { return detail.record.id.isEmpty ? nil : detail.record.id }
        return activeList?.selectedRecord?.id
    }

    /// The record `Y`, `o` and `b` act on: the open one when the detail or graph has focus, else the list's selection.
    var recordForURL: RecordReference? {
        if focus == .detail || focus == .graph, let detail, !detail.isNew {
            return RecordReference(typeID: detail.typeID, id: detail.record.id)
        }
        return activeList?.selectedRecord.map { RecordReference(typeID: selectedType.id, id: $0.id) }
    }

    /// The record's page in HubSpot's web app, e.g. `https://app.hubspot.com/contacts/123/record/0-1/101`.
    func recordURL(_ record: RecordReference) -> String? {
        account?.recordURL(typeID: record.typeID, id: record.id)
    }

    /// Why `Y` and `o` do nothing now.
    var urlDisabledReason: String? {
        guard recordForURL != nil else { return "no record selected" }
        return account == nil ? "the portal's id is not known yet (account details unread)" : nil
    }

    /// `Y`: copies the record's URL.
    mutating func copyRecordURL() -> [Effect] {
        guard let record = recordForURL, let url = recordURL(record) else { return [] }
        message = StatusMessage("copied \(url) to the clipboard")
        return [.app(.copy(url))]
    }

    /// `o`: asks the app to open the record's URL (a browser when there is one, else the clipboard).
    mutating func openRecordURL() -> [Effect] {
        guard let record = recordForURL, let url = recordURL(record) else { return [] }
        return [.app(.openURL(url))]
    }

    /// Asks the app to copy the record id, and says so.
    mutating func copyRecordID() -> [Effect] {
        guard let id = recordIDToCopy else { return [] }
        message = StatusMessage("copied record id \(id) to the clipboard")
        return [.app(.copy(id))]
    }
}
