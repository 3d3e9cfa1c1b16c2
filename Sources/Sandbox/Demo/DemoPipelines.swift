import Foundation
import HubSpot

/// The demo portal's pipelines as the pipelines API serves them, built from `PipelineCatalog`,
/// plus a second deal pipeline ("Renewals") so pipeline pickers have a choice.
enum DemoPipelines {
    /// HubSpot dates its default pipelines at the epoch ("createdAt = 0").
    static let epoch = Date(timeIntervalSince1970: 0)
    /// When the demo's own pipeline was made.
    static let renewalsCreated = HubSpotTimestamp.parse("2024-02-01T09:00:00.000Z")!

    /// Pipelines by type id.
    static var all: [String: [Pipeline]] {
        ["0-3": [sales, renewals], "0-5": [support]]
    }

    static var sales: Pipeline {
        var stages: [PipelineStage] = []
        for (index, stage) in PipelineCatalog.dealStages.enumerated() {
            stages.append(dealStage(stage.id, stage.label, index, stage.probability ?? 0, at: epoch))
        }
        return Pipeline(
            id: PipelineCatalog.dealPipelineID, label: PipelineCatalog.dealPipelineLabel,
            displayOrder: 0, stages: stages, createdAt: epoch, updatedAt: epoch)
    }

    static var renewals: Pipeline {
        let rows: [(String, String, Double)] = [
            ("renewal_due", "Renewal due", 0.5), ("renewal_negotiation", "Negotiation", 0.7),
            ("renewal_won", "Renewed", 1.0), ("renewal_lost", "Churned", 0.0),
        ]
        var stages: [PipelineStage] = []
        for (index, row) in rows.enumerated() {
            stages.append(dealStage(row.0, row.1, index, row.2, at: renewalsCreated))
        }
        return Pipeline(
            id: "renewals", label: "Renewals", displayOrder: 1, stages: stages,
            createdAt: renewalsCreated, updatedAt: renewalsCreated)
    }

    static var support: Pipeline {
        var stages: [PipelineStage] = []
        for (index, stage) in PipelineCatalog.ticketStages.enumerated() {
            let metadata = ["ticketState": stage.isClosed ? "CLOSED" : "OPEN"]
            stages.append(
                PipelineStage(
                    id: stage.id, label: stage.label, displayOrder: index, metadata: metadata,
                    createdAt: epoch, updatedAt: epoch))
        }
        return Pipeline(
            id: PipelineCatalog.ticketPipelineID, label: PipelineCatalog.ticketPipelineLabel,
            displayOrder: 0, stages: stages, createdAt: epoch, updatedAt: epoch)
    }

    private static func dealStage(
        _ id: String, _ label: String, _ order: Int, _ probability: Double,
        at date: Date
    ) -> PipelineStage {
        let closed = probability == 0 || probability == 1
        let metadata = ["isClosed": String(closed), "probability": String(probability)]
        return PipelineStage(
            id: id, label: label, displayOrder: order, metadata: metadata, createdAt: date,
            updatedAt: date)
    }
}
