import Foundation

// MARK: - Associations (v4 per record and batch, v3 per record)
extension HubSpotClient {
    /// One page of the records of `toType` associated with a record, with every type between each pair.
    /// - Parameter limit: at most 500 (HubSpot's default and maximum).
    public func associations(
        of type: String, id: String, to toType: String, after: String? = nil, limit: Int? = nil
    ) async throws -> CollectionPage<AssociatedObject> {
        guard apiVersion.listsAssociationsPerRecord else {
            // 2026-09 has no per-record list: the batch read of this one record, paged by `inputs[].after`.
            let batch = try await batchReadAssociations(from: type, to: toType, ids: [id], after: after)
            let result = batch.results.first { $0.from.id == id }
            return CollectionPage(results: result?.to ?? [], paging: result?.paging)
        }
        var query: [(String, String)] = []
        if let after { query.append(("after", after)) }
        if let limit { query.append(("limit", String(limit))) }
        return try await perform(makeRequest(.get, endpoints.associationList(type, id, toType), query: query))
    }

    /// Associates two records with the given types (labelled or not); answers with every label now between them.
    @discardableResult
    public func associate(
        _ type: String, id: String, with toType: String, id toId: String, types: [AssociationSpec]
    ) async throws -> LabelsBetweenObjectPair {
        try await perform(.put, pairPath(type, id, toType, toId), body: types)
    }

    /// Associates two records with the pair's default (unlabeled, HubSpot-defined) type.
    @discardableResult
    public func associateDefault(
        _ type: String, id: String, with toType: String, id toId: String
    ) async throws -> BatchResponse<DefaultAssociation> {
        try await perform(makeRequest(.put, endpoints.associationDefault(type, id, toType, toId)))
    }

    /// Associates two records with `types`, or with the pair's default type when `types` is empty (how a
    /// queued or typed association without a label is sent).
    public func associate(
        _ type: String, id: String, with toType: String, id toId: String, typesOrDefault types: [AssociationSpec]
    ) async throws {
        if types.isEmpty {
            try await associateDefault(type, id: id, with: toType, id: toId)
        } else {
            try await associate(type, id: id, with: toType, id: toId, types: types)
        }
    }

    /// Removes every association type between two records, in both directions.
    public func removeAssociations(_ type: String, id: String, from toType: String, id toId: String) async throws {
        try await performWithoutBody(makeRequest(.delete, pairPath(type, id, toType, toId)))
    }

    /// The associations of many records at once; HubSpot accepts at most 1000 ids.
    public func batchReadAssociations(
        from type: String, to toType: String, ids: [String], after: String? = nil
    ) async throws -> BatchResponse<AssociationBatchReadResult> {
        struct Input: Encodable {
            let id: String
            let after: String?
        }
        struct Body: Encodable { let inputs: [Input] }
        return try await perform(
            .post, batchPath(type, toType, "read"),
            body: Body(inputs: ids.map { Input(id: $0, after: after) }))
    }

    /// Creates associations between many pairs; each input names its types.
    @discardableResult
    public func batchCreateAssociations(
        from type: String, to toType: String, _ inputs: [AssociationPairInput]
    ) async throws -> BatchResponse<LabelsBetweenObjectPair> {
        try await perform(.post, batchPath(type, toType, "create"), body: ["inputs": inputs])
    }

    /// Associates many pairs with their default type.
    @discardableResult
    public func batchAssociateDefault(
        from type: String, to toType: String, pairs: [(fromId: String, toId: String)]
    ) async throws -> BatchResponse<DefaultAssociation> {
        let inputs = pairs.map { AssociationPairInput(fromId: $0.fromId, toId: $0.toId) }
        return try await perform(.post, batchPath(type, toType, "associate/default"), body: ["inputs": inputs])
    }

    /// Removes every association between each source record and the listed targets.
    public func batchArchiveAssociations(
        from type: String, to toType: String, _ targets: [String: [String]]
    ) async throws {
        struct Input: Encodable {
            let from: ObjectReference
            let to: [ObjectReference]
        }
        let inputs = targets.keys.sorted().map { fromId in
            Input(from: .init(id: fromId), to: targets[fromId, default: []].map { .init(id: $0) })
        }
        try await performWithoutBody(.post, batchPath(type, toType, "archive"), body: ["inputs": inputs])
    }

    /// Removes only the listed types between each pair; removing the default type removes them all.
    public func batchArchiveAssociationLabels(
        from type: String, to toType: String, _ inputs: [AssociationPairInput]
    ) async throws {
        try await performWithoutBody(.post, batchPath(type, toType, "labels/archive"), body: ["inputs": inputs])
    }

    /// Associates two records with one type through the v3 API (`associationType` is an id or a v3 name);
    /// answers with the source record and its associations to `toType`.
    @discardableResult
    public func associateV3(
        _ type: String, id: String, with toType: String, id toId: String, associationType: String
    ) async throws -> CRMRecord {
        try await perform(makeRequest(.put, Self.v3Path(type, id, toType, toId, associationType)))
    }

    /// Removes one association type between two records through the v3 API.
    public func removeAssociationV3(
        _ type: String, id: String, from toType: String, id toId: String, associationType: String
    ) async throws {
        try await performWithoutBody(makeRequest(.delete, Self.v3Path(type, id, toType, toId, associationType)))
    }

    func pairPath(_ type: String, _ id: String, _ toType: String, _ toId: String) -> String {
        endpoints.associationPair(type, id, toType, toId)
    }

    func batchPath(_ type: String, _ toType: String, _ action: String) -> String {
        endpoints.associationsBatch(type, toType, action)
    }

    /// The v3 per-record association of one type, which only the legacy generation has.
    private static func v3Path(
        _ type: String, _ id: String, _ toType: String, _ toId: String, _ associationType: String
    ) -> String {
        Endpoints(.legacy).object(type, id) + "/associations/\(segment(toType))/\(segment(toId))/"
            + segment(associationType)
    }
}
