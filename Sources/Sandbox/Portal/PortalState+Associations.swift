import Foundation
import HubSpot

// Associations v4 (and v3's single-type writes) over the association index.
extension PortalState {
    /// HubSpot's page size for one record's associations, both default and maximum.
    static let associationPageLimit = 500
    /// The most inputs an association batch read accepts.
    static let associationBatchReadLimit = 1000

    /// The records of `toTypeID` associated with `from`, in id order, each with every type between the pair.
    func associatedObjects(of from: RecordKey, toTypeID: String) -> [AssociatedObject] {
        var order: [String] = []
        var types: [String: [AssociationTypeLabel]] = [:]
        for edge in edges(from: from, toTypeID: toTypeID) {
            guard let target = Portal.numericID(edge.to.id).flatMap({ table(toTypeID)?.record(id: $0) }),
                !target.archived
            else { continue }
            if types[edge.to.id] == nil { order.append(edge.to.id) }
            types[edge.to.id, default: []].append(typeLabel(edge.typeID, from: from.typeID, to: toTypeID))
        }
        return order.sorted { (UInt64($0) ?? 0) < (UInt64($1) ?? 0) }
            .map { AssociatedObject(toObjectId: $0, associationTypes: types[$0] ?? []) }
    }

    /// One page of `associatedObjects`: `after` is the id of the first record of the page.
    func associationPage(
        of from: RecordKey, toTypeID: String, after: String?, limit: Int
    ) throws(SandboxAPIError) -> CollectionPage<AssociatedObject> {
        guard (1...Self.associationPageLimit).contains(limit) else {
            throw .validation(
                "limit must be between 1 and \(Self.associationPageLimit), but was \(limit)",
                field: "limit", code: "INVALID_LIMIT")
        }
        var start: UInt64 = 0
        if let after {
            guard let cursor = Portal.numericID(after) else {
                throw .validation(
                    "after must be a paging cursor returned by a previous page, but was '\(after)'",
                    field: "after", code: "INVALID_CURSOR")
            }
            start = cursor
        }
        let all = associatedObjects(of: from, toTypeID: toTypeID).filter { (UInt64($0.toObjectId) ?? 0) >= start }
        let page = Array(all.prefix(limit))
        let next = all.count > limit ? all[limit].toObjectId : nil
        return CollectionPage(results: page, paging: next.map { Paging(next: .init(after: $0)) })
    }

    /// The category, id and label of a type, as outputs show it.
    func typeLabel(_ typeID: Int, from fromTypeID: String, to toTypeID: String) -> AssociationTypeLabel {
        let definition = catalog.definition(typeID: typeID, from: fromTypeID, to: toTypeID)
        return AssociationTypeLabel(
            category: definition.flatMap { AssociationCategory(rawValue: $0.category) } ?? .hubspotDefined,
            typeId: typeID, label: definition?.label)
    }

    /// Adds the given types between two live records; 400 for a type the pair does not have.
    mutating func associate(
        _ from: RecordKey, _ to: RecordKey, specs: [AssociationSpec]
    ) throws(SandboxAPIError) -> LabelsBetweenObjectPair {
        _ = try liveRecord(from.typeID, from.id)
        _ = try liveRecord(to.typeID, to.id)
        guard !specs.isEmpty else { throw .validation("at least one association type is required", field: "types") }
        for spec in specs {
            guard let definition = catalog.definition(typeID: spec.associationTypeId, from: from.typeID, to: to.typeID),
                definition.category == spec.associationCategory.rawValue
            else {
                throw SandboxAPIError(
                    status: 400, category: "VALIDATION_ERROR",
                    message: "\(spec.associationCategory.rawValue) \(spec.associationTypeId) is not a valid "
                        + "association type between \(from.typeID) and \(to.typeID)")
            }
        }
        for spec in specs { associate(from, to, typeID: spec.associationTypeId) }
        // A label sits on top of the pair's plain association, so a labelled pair always has the default too.
        if let defaultType = catalog.defaultDefinition(from: from.typeID, to: to.typeID) {
            associate(from, to, typeID: defaultType.typeID)
        }
        return labelsBetween(from, to)
    }

    /// Associates two live records with the pair's default type; the answer lists both directions.
    mutating func associateDefault(_ from: RecordKey, _ to: RecordKey) throws(SandboxAPIError) -> [DefaultAssociation] {
        _ = try liveRecord(from.typeID, from.id)
        _ = try liveRecord(to.typeID, to.id)
        guard let definition = catalog.defaultDefinition(from: from.typeID, to: to.typeID) else {
            throw .validation("There is no default association type between \(from.typeID) and \(to.typeID)")
        }
        associate(from, to, typeID: definition.typeID)
        let category = AssociationCategory(rawValue: definition.category) ?? .hubspotDefined
        return [
            DefaultAssociation(
                from: .init(id: from.id), to: .init(id: to.id),
                associationSpec: .init(category, definition.typeID)),
            DefaultAssociation(
                from: .init(id: to.id), to: .init(id: from.id),
                associationSpec: .init(category, definition.inverseTypeID)),
        ]
    }

    /// The labels from `from` to `to` (unlabeled defaults contribute none).
    func labelsBetween(_ from: RecordKey, _ to: RecordKey) -> LabelsBetweenObjectPair {
        let labels = edges(from: from, toTypeID: to.typeID).filter { $0.to == to }
            .compactMap { catalog.definition(typeID: $0.typeID, from: from.typeID, to: to.typeID)?.label }
        return LabelsBetweenObjectPair(
            fromObjectTypeId: from.typeID, fromObjectId: from.id,
            toObjectTypeId: to.typeID, toObjectId: to.id, labels: labels)
    }

    /// Removes the listed types between a pair; removing the default type removes every type, as HubSpot does.
    mutating func removeTypes(_ from: RecordKey, _ to: RecordKey, specs: [AssociationSpec]) {
        let ids = Set(specs.map(\.associationTypeId))
        let defaultID = catalog.defaultDefinition(from: from.typeID, to: to.typeID)?.typeID
        if let defaultID, ids.contains(defaultID) {
            dissociate(from, to)
        } else {
            dissociate(from, to, typeIDs: ids)
        }
    }

    /// A v3 association type given as an id (`279`) or a name (`contact_to_company`).
    func v3Definition(
        _ idOrName: String, from: String, to: String
    ) throws(SandboxAPIError) -> AssociationTypeDefinition {
        let all = catalog.definitions(from: from, to: to)
        let found = Int(idOrName).flatMap { id in all.first { $0.typeID == id } } ?? all.first { $0.name == idOrName }
        guard let found else {
            throw .validation(
                "\(idOrName) is not a valid association type between \(from) and \(to)",
                field: "associationType")
        }
        return found
    }
}
