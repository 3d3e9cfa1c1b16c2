import HubSpot

// MARK: - Empty types: dimmed and counted in the sidebar (decision 0043)
extension BrowserState {
    /// Whether `type` is known to hold no records.
    public func isKnownEmpty(_ type: ObjectType) -> Bool {
        session.emptyTypes.contains(type.id)
    }

    /// How many of the sidebar's types are known to hold no records.
    public var emptyTypeCount: Int {
        registry.all.count { session.emptyTypes.contains($0.id) }
    }

    /// A record created (or queued to be) in a type known to be empty: the type is empty no more, here and in the
    /// cache's note.
    mutating func createdRecord(in typeID: String, _ outcome: WriteOutcome) -> [Effect] {
        switch outcome {
        case .saved, .queued:
            guard session.emptyTypes.remove(typeID) != nil else { return [] }
            return [.rememberTypeOccupancy([typeID: true])]
        case .conflict, .rejected, .partial:
            return []
        }
    }
}
