import Foundation
import HubSpot
import Sandbox
import SpokeTestSupport
import Testing

@Suite("Custom objects follow their schema's rules")
struct CustomObjectRulesTests {
    @Test(
        "required properties come from the schema, unique ones are enforced, and records pin only associated activities",
        arguments: APIVersion.clientSuite)
    func schemaRules(_ version: APIVersion) async throws {
        try await withSandboxClient(apiVersion: version) { client, server in
            let cars = try #require(try await client.customObjectTypes().first { $0.name == "cars" })
            #expect(cars.requiredOnCreate.propertyNames.sorted() == ["model", "vin"])
            let missing = await #expect(throws: HubSpotError.self) {
                _ = try await client.createRecord("cars", properties: ["make": "BMW"])
            }
            guard case .api(400, let body) = missing else {
                Issue.record("expected a 400, got \(String(describing: missing))")
                return
            }
            #expect(Set(body.errors?.compactMap(\.in) ?? []) == ["model", "vin"])
            let created = try await client.createRecord(cars.id, properties: ["vin": "WBA0TEST1", "model": "X1"])
            #expect(created[property: "model"] == "X1")
            let duplicate = await #expect(throws: HubSpotError.self) {
                _ = try await client.createRecord("cars", properties: ["vin": "WBA0TEST1", "model": "X2"])
            }
            #expect(duplicate?.status == 409)
            #expect(duplicate?.message.contains(created.id) == true)
            let note = try #require(server.portal.records(of: "notes").first)
            let refused = await #expect(throws: HubSpotError.self) {
                _ = try await client.updateRecord(
                    "cars", id: created.id, properties: ["hs_pinned_engagement_id": note.id])
            }
            #expect(refused?.status == 400)
        }
    }
}
