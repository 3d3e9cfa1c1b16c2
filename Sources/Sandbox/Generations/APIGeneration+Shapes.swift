import HubSpot

// The body shapes that differ between generations, applied to what the portal answers.
extension APIGeneration {
    /// A record as this generation sends it (2026-03 leaves valueless properties out instead of sending `null`).
    func shaped(_ record: CRMRecord) -> CRMRecord {
        guard !sendsNullPropertyValues else { return record }
        var shaped = record
        shaped.properties = record.properties.filter { $0.value != nil }
        return shaped
    }

    /// A page of records as this generation sends it.
    func shaped(_ page: RecordPage) -> RecordPage {
        var shaped = page
        shaped.results = page.results.map { self.shaped($0) }
        return shaped
    }

    /// An upsert result as this generation sends it.
    func shaped(_ upserted: UpsertedRecord) -> UpsertedRecord {
        UpsertedRecord(record: shaped(upserted.record), isNew: upserted.isNew)
    }

    /// Association types as this generation sends them: 2026-03 names both object types on each.
    func shaped(_ types: [AssociationTypeLabel], from fromTypeID: String, to toTypeID: String) -> [AssociationTypeLabel]
    {
        guard associationTypesNameObjectTypes else { return types }
        return types.map { type in
            var named = type
            named.fromObjectTypeId = fromTypeID
            named.toObjectTypeId = toTypeID
            return named
        }
    }

    /// A stage as this generation sends it; a stage no one restricted is enforced by CRM permissions.
    func shaped(_ stage: PipelineStage) -> PipelineStage {
        guard stagesCarryWritePermissions, stage.writePermissions == nil else { return stage }
        var shaped = stage
        shaped.writePermissions = "CRM_PERMISSIONS_ENFORCEMENT"
        return shaped
    }

    /// A pipeline, its stages shaped, as this generation sends it.
    func shaped(_ pipeline: Pipeline) -> Pipeline {
        var shaped = pipeline
        shaped.stages = pipeline.stages.map { self.shaped($0) }
        return shaped
    }

    /// Associated records as this generation sends them.
    func shaped(_ objects: [AssociatedObject], from fromTypeID: String, to toTypeID: String) -> [AssociatedObject] {
        objects.map { object in
            AssociatedObject(
                toObjectId: object.toObjectId,
                associationTypes: shaped(object.associationTypes, from: fromTypeID, to: toTypeID))
        }
    }
}
