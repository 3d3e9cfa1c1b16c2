import Foundation
import HubSpot

// The demo portal's configuration: association labels in use, pipelines, and the "cars" custom object.
extension DemoPortalBuilder {
    /// Runs last, so the records generated before it do not depend on it.
    mutating func addAdminDemo() {
        state.admin.pipelines = DemoPipelines.all
        state.syncPipelineOptions("0-3")
        state.syncPipelineOptions("0-5")
        addDemoLabels()
        addCars()
        addValidationRules()
    }

    /// Contact→company "Decision maker" and "Billing contact", deal→contact "Champion", each on a few records.
    private mutating func addDemoLabels() {
        func create(_ from: String, _ to: String, _ name: String, _ label: String, _ inverse: String) -> Int? {
            (try? state.createLabel(from: from, to: to, name: name, label: label, inverseLabel: inverse))?.first?.typeId
        }
        guard let decisionMaker = create("0-1", "0-2", "decision_maker", "Decision maker", "Decision maker at"),
            let billing = create("0-1", "0-2", "billing_contact", "Billing contact", "Billing contact of"),
            let champion = create("0-3", "0-1", "champion", "Champion", "Champion of")
        else { return }
        for (index, contact) in contacts.enumerated() where index % 7 == 0 || index % 11 == 3 {
            let from = RecordKey(typeID: "0-1", id: contact.id)
            let to = RecordKey(typeID: "0-2", id: companies[contact.company].id)
            state.associate(from, to, typeID: index % 7 == 0 ? decisionMaker : billing)
        }
        for deal in state.table("0-3")?.records ?? [] where deal.id % 5 == 0 {
            let key = RecordKey(typeID: "0-3", id: String(deal.id))
            if let contact = state.edges(from: key, toTypeID: "0-1").first?.to {
                state.associate(key, contact, typeID: champion)
            }
        }
    }
}
