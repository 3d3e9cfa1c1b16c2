import Foundation
import HubSpot
import Sandbox
import Testing

/// Statuses and aliases of the admin routes, checked on the raw answers.
@Suite("Admin routes on the wire")
struct AdminRoutesWireTests {
    @Test("creates answer 201, deletes 204, and label POST 200")
    func statuses() async throws {
        try await SandboxHarness.with { sandbox in
            let calls: [(HTTPMethod, String, String?, Int)] = [
                (
                    .post, "/crm/v3/properties/contacts",
                    #"{"name":"wire_prop","label":"Wire","type":"string","fieldType":"text","groupName":"contactinformation"}"#,
                    201
                ),
                (.delete, "/crm/v3/properties/contacts/wire_prop", nil, 204),
                (.post, "/crm/v3/properties/contacts/groups", #"{"name":"wire","label":"Wire"}"#, 201),
                (.delete, "/crm/v3/properties/contacts/groups/wire", nil, 204),
                (
                    .post, "/crm/v3/pipelines/deals",
                    #"{"label":"Wire","displayOrder":9,"stages":[{"label":"A","displayOrder":0,"metadata":{"probability":"0.5"}}]}"#,
                    201
                ),
                (
                    .post, "/crm/v3/pipelines/deals/default/stages",
                    #"{"label":"B","displayOrder":9,"metadata":{"probability":"0.3"}}"#, 201
                ),
                (
                    .post, "/crm/v4/associations/contacts/companies/labels", #"{"name":"wire_label","label":"Wire"}"#,
                    200
                ),
                (
                    .post, "/crm-object-schemas/v3/schemas",
                    #"{"name":"wires","labels":{"singular":"Wire","plural":"Wires"},"properties":[{"name":"gauge","#
                        + #""label":"Gauge","type":"string","fieldType":"text"}],"requiredProperties":["gauge"],"#
                        + #""associatedObjects":[]}"#,
                    201
                ),
                (.delete, "/crm/v3/pipelines/deals/renewals", nil, 204),
                (.get, "/crm/v3/pipelines/deals/renewals", nil, 404),
            ]
            for (method, path, json, expected) in calls {
                let (status, _) = try await AssociationWireTests.send(sandbox, method, path, json)
                #expect(status == expected, "\(method.rawValue) \(path)")
            }
        }
    }

    @Test("schemas answer under both prefixes; owners with and without the trailing slash")
    func aliases() async throws {
        try await SandboxHarness.with { sandbox in
            let long = try await sandbox.decode(CollectionPage<ObjectSchema>.self, "/crm-object-schemas/v3/schemas")
            let short = try await sandbox.decode(CollectionPage<ObjectSchema>.self, "/crm/v3/schemas")
            #expect(long == short && long.results.map(\.name) == ["cars"])
            let car = try await sandbox.decode(ObjectSchema.self, "/crm/v3/schemas/p1234567_cars")
            #expect(car.objectTypeId == "2-3465404")
            let owners = try await sandbox.decode(CollectionPage<Owner>.self, "/crm/v3/owners/?limit=2")
            #expect(owners.results.count == 2 && owners.nextAfter != nil)
            let same = try await sandbox.decode(CollectionPage<Owner>.self, "/crm/v3/owners?limit=2")
            #expect(same == owners)
        }
    }
}
