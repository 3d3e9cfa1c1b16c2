import HubSpot

// `validateReferencesBeforeDelete`: a pipeline or stage that records still use is not deleted when asked to check.
extension PortalState {
    /// The properties a type's records name their pipeline and stage with: `pipeline`/`dealstage` on deals,
    /// `hs_pipeline`/`hs_pipeline_stage` on tickets and the other pipelined types.
    static func pipelineProperties(_ typeID: String) -> (pipeline: String, stage: String) {
        typeID == "0-3" ? ("pipeline", "dealstage") : ("hs_pipeline", "hs_pipeline_stage")
    }

    /// Refuses (400 `VALIDATION_ERROR`, naming the count) when live records of `typeID` are in `pipelineID`, or,
    /// with `stageID`, in that stage.
    func checkUnreferenced(_ typeID: String, pipelineID: String, stageID: String? = nil) throws(SandboxAPIError) {
        let names = Self.pipelineProperties(typeID)
        let (property, value) = stageID.map { (names.stage, $0) } ?? (names.pipeline, pipelineID)
        let count = (tables[typeID]?.records ?? []).reduce(0) { count, record in
            count + (!record.archived && record.properties[property] == value ? 1 : 0)
        }
        guard count > 0 else { return }
        let what = stageID.map { "stage \($0)" } ?? "pipeline \(pipelineID)"
        throw SandboxAPIError(
            status: 400, category: "VALIDATION_ERROR",
            message:
                "The \(what) is used by \(count) record\(count == 1 ? "" : "s"); move them to another "
                + (stageID == nil ? "pipeline" : "stage")
                + " first, or delete without validateReferencesBeforeDelete")
    }
}
