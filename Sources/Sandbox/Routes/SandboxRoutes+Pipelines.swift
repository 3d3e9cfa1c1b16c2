import Foundation
import HubSpot
import Hummingbird

// Pipelines API for deals and tickets, under each generation's prefix.
extension SandboxRoutes {
    func addPipelineRoutes(to router: Router<BasicRequestContext>, as generation: APIGeneration) {
        let base = "\(generation.pipelinesPath)/:objectType"
        let one = "\(base)/:pipelineId"
        router.get(RouterPath(base)) { _, context in
            SandboxResponse.json(
                CollectionPage(
                    results: try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                        try state.pipelines(typeID).map { generation.shaped($0) }
                    }))
        }
        router.post(RouterPath(base)) { request, context in
            let input = try await SandboxJSONInput.decode(PipelineInput.self, from: request)
            let date = portal.clock()
            return SandboxResponse.json(
                try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                    generation.shaped(try state.savePipeline(typeID, input, at: date))
                }, status: .created)
        }
        router.get(RouterPath(one)) { _, context in
            SandboxResponse.json(
                try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                    generation.shaped(try state.pipeline(typeID, Self.pathParameter("pipelineId", in: context)))
                })
        }
        router.put(RouterPath(one)) { request, context in
            let input = try await SandboxJSONInput.decode(PipelineInput.self, from: request)
            let date = portal.clock()
            return SandboxResponse.json(
                try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                    generation.shaped(
                        try state.savePipeline(
                            typeID, input, replacing: Self.pathParameter("pipelineId", in: context), at: date))
                })
        }
        router.patch(RouterPath(one)) { request, context in
            let patch = try await SandboxJSONInput.decode(PipelinePatch.self, from: request)
            let date = portal.clock()
            return SandboxResponse.json(
                try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                    generation.shaped(
                        try state.patchPipeline(typeID, Self.pathParameter("pipelineId", in: context), patch, at: date))
                })
        }
        router.delete(RouterPath(one)) { request, context in
            let date = portal.clock()
            let validate = try request.queryFlag("validateReferencesBeforeDelete")
            _ = try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                let pipelineID = Self.pathParameter("pipelineId", in: context)
                if validate { try state.checkUnreferenced(typeID, pipelineID: pipelineID) }
                return try state.patchPipeline(typeID, pipelineID, PipelinePatch(archived: true), at: date)
            }
            return Response(status: .noContent)
        }
        addStageRoutes(to: router, pipeline: one, as: generation)
    }

    private func addStageRoutes(
        to router: Router<BasicRequestContext>, pipeline: String, as generation: APIGeneration
    ) {
        let stages = "\(pipeline)/stages"
        let one = "\(stages)/:stageId"
        router.get(RouterPath(stages)) { _, context in
            SandboxResponse.json(
                CollectionPage(
                    results: try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                        try state.pipeline(typeID, Self.pathParameter("pipelineId", in: context)).stages.map {
                            generation.shaped($0)
                        }
                    }))
        }
        router.get(RouterPath(one)) { _, context in
            SandboxResponse.json(
                try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                    generation.shaped(
                        try state.stage(
                            typeID, Self.pathParameter("pipelineId", in: context),
                            Self.pathParameter("stageId", in: context)))
                })
        }
        router.post(RouterPath(stages)) { request, context in
            let input = try await SandboxJSONInput.decode(PipelineStageInput.self, from: request)
            return try saveStage(
                context, stageID: nil, input.label, input.displayOrder, input.metadata, status: .created,
                as: generation)
        }
        router.put(RouterPath(one)) { request, context in
            let input = try await SandboxJSONInput.decode(PipelineStageInput.self, from: request)
            return try saveStage(
                context, stageID: Self.pathParameter("stageId", in: context), input.label,
                input.displayOrder, input.metadata, as: generation)
        }
        router.patch(RouterPath(one)) { request, context in
            let patch = try await SandboxJSONInput.decode(PipelinePatch.self, from: request)
            return try saveStage(
                context, stageID: Self.pathParameter("stageId", in: context), patch.label,
                patch.displayOrder, patch.metadata, archived: patch.archived, as: generation)
        }
        router.delete(RouterPath(one)) { request, context in
            // 2026-09's stage delete has no validateReferencesBeforeDelete (legacy and 2026-03 have it).
            if generation != .september2026, try request.queryFlag("validateReferencesBeforeDelete") {
                try pipelineState(context) { typeID, state throws(SandboxAPIError) in
                    try state.checkUnreferenced(
                        typeID, pipelineID: Self.pathParameter("pipelineId", in: context),
                        stageID: Self.pathParameter("stageId", in: context))
                }
            }
            _ = try saveStage(
                context, stageID: Self.pathParameter("stageId", in: context), nil, nil, nil,
                archived: true, as: generation)
            return Response(status: .noContent)
        }
    }

    private func saveStage(
        _ context: BasicRequestContext, stageID: String?, _ label: String?, _ displayOrder: Int?,
        _ metadata: [String: String]?, archived: Bool? = nil, status: HTTPResponse.Status = .ok,
        as generation: APIGeneration
    ) throws(SandboxAPIError) -> Response {
        let date = portal.clock()
        let stage = try pipelineState(context) { typeID, state throws(SandboxAPIError) in
            try state.saveStage(
                typeID, Self.pathParameter("pipelineId", in: context), stageID: stageID, label: label,
                displayOrder: displayOrder, metadata: metadata, archived: archived, at: date)
        }
        return SandboxResponse.json(generation.shaped(stage), status: status)
    }

    /// Runs `body` with the path's object type resolved, under the portal's lock.
    private func pipelineState<T: Sendable>(
        _ context: BasicRequestContext, _ body: (String, inout PortalState) throws(SandboxAPIError) -> T
    ) throws(SandboxAPIError) -> T {
        try portal.withState { (state) throws(SandboxAPIError) in
            try body(try state.typeID(Self.pathParameter("objectType", in: context)), &state)
        }
    }
}
