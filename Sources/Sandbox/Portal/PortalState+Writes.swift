import Foundation
import HubSpot

// Creating, changing and archiving records with the rules HubSpot enforces on API writes.
extension PortalState {
    /// The activity types a record may pin (`hs_pinned_engagement_id`): calls, communications, emails,
    /// meetings, notes, postal mail and tasks.
    static let pinnableActivityTypeIDs: Set<String> = ["0-48", "0-18", "0-49", "0-47", "0-46", "0-116", "0-27"]
    static let pinProperty = "hs_pinned_engagement_id"

    /// Demo records say where their values came from, so histories look like a real portal's.
    static func demoSource(typeID: String) -> String {
        typeID == "0-1" || typeID == "0-2" ? "IMPORT" : "CRM_UI"
    }

    /// An association asked for in a create: the target record and the type id from the new record to it.
    struct PendingAssociation: Sendable {
        let target: RecordKey
        let typeID: Int
    }

    // MARK: - Operations

    /// Creates a record after checking its associations and properties; returns it.
    mutating func createRecord(
        typeID: String, values given: [String: String], associations: [WriteBody.Association], at now: Date
    ) throws(SandboxAPIError) -> StoredRecord {
        let values = Self.normalized(given, typeID: typeID)
        let pending = try resolveAssociations(associations, from: typeID)
        var problems = validator(typeID).problems(in: values)
        if let type = registry.resolve(typeID) {
            problems += PropertyValidator.missingRequired(type.requiredOnCreate, in: values)
        }
        if let pin = values[Self.pinProperty], !pin.isEmpty,
            !pending.contains(where: { Self.pinnableActivityTypeIDs.contains($0.target.typeID) && $0.target.id == pin })
        {
            problems.append(Self.pinProblem(pin))
        }
        guard problems.isEmpty else { throw .invalidProperties(Self.sorted(problems)) }
        try checkUnique(typeID: typeID, values: values, excluding: nil)
        let kept = values.filter { !$0.value.isEmpty }
        let record = insert(typeID: typeID, properties: kept, createdAt: now, source: "API")
        let key = RecordKey(typeID: typeID, id: String(record.id))
        for association in pending { associate(key, association.target, typeID: association.typeID) }
        return record
    }

    /// Changes a live record's properties (`""` clears one); 404 if there is no such record.
    mutating func updateRecord(
        typeID: String, id: String, idProperty: String?, values given: [String: String], at now: Date
    ) throws(SandboxAPIError) -> StoredRecord {
        let values = Self.normalized(given, typeID: typeID)
        guard let existing = findLive(typeID: typeID, id: id, idProperty: idProperty) else {
            throw .recordNotFound(type: registry.resolve(typeID)?.name ?? typeID, id: id)
        }
        var problems = validator(typeID).problems(in: values)
        if let pin = values[Self.pinProperty], !pin.isEmpty,
            !isPinnable(pin, on: RecordKey(typeID: typeID, id: String(existing.id)))
        {
            problems.append(Self.pinProblem(pin))
        }
        guard problems.isEmpty else { throw .invalidProperties(Self.sorted(problems)) }
        try checkUnique(typeID: typeID, values: values, excluding: existing.id)
        return apply(values, to: existing.id, typeID: typeID, at: now) ?? existing
    }

    /// Creates or updates by a unique property's value; returns the record and whether it is new.
    mutating func upsertRecord(
        typeID: String, id: String, idProperty: String, values: [String: String], at now: Date
    ) throws(SandboxAPIError) -> (StoredRecord, isNew: Bool) {
        // By record id an upsert can only update: a client cannot choose the id of a record it creates.
        if idProperty == "hs_object_id" {
            return (try updateRecord(typeID: typeID, id: id, idProperty: nil, values: values, at: now), false)
        }
        let isEmail = typeID == "0-1" && idProperty == "email"
        guard isEmail || validator(typeID).definition(idProperty)?.hasUniqueValue == true else {
            throw .validation(
                "\(idProperty) is not a unique identifier property of this object type",
                field: "idProperty", code: "INVALID_ID_PROPERTY")
        }
        if findLive(typeID: typeID, id: id, idProperty: idProperty) != nil {
            return (try updateRecord(typeID: typeID, id: id, idProperty: idProperty, values: values, at: now), false)
        }
        var created = values
        created[idProperty] = id
        return (try createRecord(typeID: typeID, values: created, associations: [], at: now), true)
    }

    /// Moves a live record to the recycle bin; `false` if there is none.
    mutating func archiveRecord(typeID: String, id: String, at now: Date) -> Bool {
        guard let existing = findLive(typeID: typeID, id: id, idProperty: nil) else { return false }
        setArchived(typeID: typeID, id: existing.id, archivedAt: now)
        return true
    }

    // MARK: - Lookups

    /// A record by id or by a unique property's value (emails without regard to case), archived or not.
    func findRecord(typeID: String, id: String, idProperty: String?) -> StoredRecord? {
        guard let table = tables[typeID] else { return nil }
        guard let idProperty, idProperty != "hs_object_id" else {
            return Portal.numericID(id).flatMap { table.record(id: $0) }
        }
        let wanted = idProperty == "email" ? id.lowercased() : id
        return table.records.first { record in
            guard !record.archived, let value = record.properties[idProperty] else { return false }
            return (idProperty == "email" ? value.lowercased() : value) == wanted
        }
    }

    /// A record that is not in the recycle bin.
    func findLive(typeID: String, id: String, idProperty: String?) -> StoredRecord? {
        findRecord(typeID: typeID, id: id, idProperty: idProperty).flatMap { $0.archived ? nil : $0 }
    }

    // MARK: - Rules

    /// HubSpot stores contact emails lowercased (and matches them without regard to case).
    private static func normalized(_ values: [String: String], typeID: String) -> [String: String] {
        guard typeID == "0-1", let email = values["email"] else { return values }
        var copy = values
        copy["email"] = email.lowercased()
        return copy
    }

    private func validator(_ typeID: String) -> PropertyValidator {
        PropertyValidator(
            definitions: properties[typeID] ?? [], typeID: typeID, rules: admin.validationRules[typeID] ?? [:])
    }

    private static func sorted(_ problems: [SandboxAPIError.PropertyProblem]) -> [SandboxAPIError.PropertyProblem] {
        problems.sorted { ($0.name, $0.code) < ($1.name, $1.code) }
    }

    private static func pinProblem(_ pin: String) -> SandboxAPIError.PropertyProblem {
        .init(
            name: pinProperty, code: "INVALID_PINNED_ENGAGEMENT",
            message: "\(pin) is not the id of a call, communication, email, meeting, note, postal mail or task "
                + "associated with this record; associate the activity before pinning it")
    }

    private func isPinnable(_ pin: String, on record: RecordKey) -> Bool {
        edges(from: record).contains { edge in
            Self.pinnableActivityTypeIDs.contains(edge.to.typeID) && edge.to.id == pin
                && Portal.numericID(pin).flatMap { tables[edge.to.typeID]?.record(id: $0) }?.archived == false
        }
    }

    /// 409 when a unique value (a contact's email, a `hasUniqueValue` property) is held by another live record.
    private func checkUnique(typeID: String, values: [String: String], excluding selfID: UInt64?)
        throws(SandboxAPIError)
    {
        let checker = validator(typeID)
        for name in values.keys.sorted() {
            guard let value = values[name], !value.isEmpty, checker.definition(name)?.hasUniqueValue == true,
                let holder = findLive(typeID: typeID, id: value, idProperty: name), holder.id != selfID
            else { continue }
            if typeID == "0-1" && name == "email" { throw .contactExists(existingID: String(holder.id)) }
            throw .uniqueValueTaken(property: name, value: value, existingID: String(holder.id))
        }
    }

    private func resolveAssociations(
        _ associations: [WriteBody.Association], from typeID: String
    ) throws(SandboxAPIError) -> [PendingAssociation] {
        var result: [PendingAssociation] = []
        for association in associations {
            let toID = association.to.id.value ?? ""
            for type in association.types ?? [] {
                guard let typeIDText = type.associationTypeId.value, let associationTypeID = Int(typeIDText),
                    let definition = catalog.definitions.first(where: {
                        $0.fromTypeID == typeID && $0.typeID == associationTypeID
                    })
                else {
                    throw .invalidAssociation(
                        "associationTypeId \(type.associationTypeId.value ?? "null") is not a valid association type "
                            + "from \(registry.resolve(typeID)?.name ?? typeID)", toID: toID)
                }
                guard let numericID = Portal.numericID(toID),
                    let target = tables[definition.toTypeID]?.record(id: numericID), !target.archived
                else {
                    let toName = registry.resolve(definition.toTypeID)?.name ?? definition.toTypeID
                    throw .invalidAssociation("No \(toName) record with id \(toID) to associate with", toID: toID)
                }
                result.append(
                    PendingAssociation(
                        target: RecordKey(typeID: definition.toTypeID, id: toID),
                        typeID: associationTypeID))
            }
        }
        return result
    }

    /// Writes values, records their history and moves the modification date strictly forward,
    /// so two quick writes never share a `hs_lastmodifieddate`.
    private mutating func apply(_ values: [String: String], to id: UInt64, typeID: String, at now: Date)
        -> StoredRecord?
    {
        tables[typeID]?.update(id: id) { record in
            let stamp = max(now, record.updatedAt.addingTimeInterval(0.001))
            for (name, value) in values {
                record.properties[name] = value.isEmpty ? nil : value
            }
            record.recordHistory(values, at: stamp, source: "API")
            record.updatedAt = stamp
            for name in Self.modifiedDateNames(typeID: typeID) {
                record.properties[name] = HubSpotTimestamp.format(stamp)
                record.recordHistory([name: HubSpotTimestamp.format(stamp)], at: stamp, source: "API")
            }
        }
    }
}
