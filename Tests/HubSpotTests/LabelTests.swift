import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Association labels against the sandbox")
struct LabelTests {
    @Test("both label paths list HubSpot's ids in each direction and the demo's labels", arguments: APIVersion.allCases)
    func bothPaths(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let documented = try await client.associationLabels(from: "contacts", to: "companies")
            let current = try await client.associationLabels(from: "0-1", to: "0-2", path: .currentSpec)
            #expect(documented == current)
            #expect(documented.contains { $0.spec == AssociationSpec(.hubspotDefined, 279) && $0.label == nil })
            #expect(documented.contains { $0.spec == AssociationSpec(.hubspotDefined, 1) && $0.label == "Primary" })
            // 2026-03 names the object types on each label; legacy and 2026-09 do not.
            let namesEnds = version == .march2026
            #expect(documented.allSatisfy { ($0.fromObjectTypeId == "0-1") == namesEnds })
            #expect(documented.allSatisfy { ($0.toObjectTypeId == "0-2") == namesEnds })
            #expect(Set(documented.compactMap(\.label)).isSuperset(of: ["Decision maker", "Billing contact"]))
            let back = try await client.associationLabels(from: "companies", to: "contacts")
            #expect(back.contains { $0.typeId == 280 } && back.contains { $0.typeId == 2 })
            let deals = try await client.associationLabels(from: "deal", to: "contact", path: .currentSpec)
            #expect(deals.contains { $0.typeId == 3 } && deals.contains { $0.label == "Champion" })
        }
    }

    @Test("a label is created, renamed and deleted, taking its associations with it", arguments: APIVersion.allCases)
    func lifecycle(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            let created = try await client.createAssociationLabel(
                from: "deals", to: "companies", name: "reseller", label: "Reseller", inverseLabel: "Resold deal")
            #expect(created.count == 2 && created.allSatisfy { $0.category == .userDefined })
            let typeId = try #require(created.first { $0.label == "Reseller" }).typeId
            #expect(
                await failureStatus {
                    _ = try await client.createAssociationLabel(
                        from: "deals", to: "companies", name: "reseller",
                        label: "Again")
                } == 409)
            let deal = try await client.listRecords("deals", ListQuery(limit: 1)).results[0].id
            let company = try await client.listRecords("companies", ListQuery(limit: 1)).results[0].id
            let pair = try await client.associate(
                "deals", id: deal, with: "companies", id: company,
                types: [AssociationSpec(.userDefined, typeId)])
            #expect(pair.labels.contains("Reseller"))
            try await client.updateAssociationLabel(
                from: "deals", to: "companies", typeId: typeId, label: "Partner",
                path: .currentSpec)
            let renamed = try await client.associationLabels(from: "deals", to: "companies")
            #expect(renamed.contains { $0.typeId == typeId && $0.label == "Partner" })
            try await client.deleteAssociationLabel(from: "deals", to: "companies", typeId: typeId)
            let after = try await client.associationLabels(from: "deals", to: "companies", path: .currentSpec)
            #expect(!after.contains { $0.typeId == typeId })
            let left = try await client.associations(of: "deals", id: deal, to: "companies").results
            #expect(left.allSatisfy { !$0.associationTypes.contains { $0.typeId == typeId } })
        }
    }

    @Test("HubSpot-defined types cannot be renamed or deleted; unknown ones are 404", arguments: APIVersion.allCases)
    func hubspotDefinedAreFixed(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, _ in
            #expect(
                await failureStatus {
                    try await client.deleteAssociationLabel(from: "contacts", to: "companies", typeId: 279)
                } == 400)
            #expect(
                await failureStatus {
                    try await client.updateAssociationLabel(from: "contacts", to: "companies", typeId: 1, label: "Main")
                } == 400)
            #expect(
                await failureStatus {
                    try await client.deleteAssociationLabel(from: "contacts", to: "companies", typeId: 987_654)
                } == 404)
        }
    }
}
