import Foundation
import HubSpot
import Sandbox
import Testing

/// Properties, groups, pipelines, owners, schemas and account details under each dated generation's prefix.
@Suite("Dated admin APIs on the wire")
struct DatedAdminWireTests {
    static let dated: [APIGeneration] = [.march2026, .september2026]

    @Test(
        "properties and groups: list 200, create 201, batch create 201 in 2026-03 and 200 in 2026-09",
        arguments: dated)
    func properties(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let properties = "/crm/properties/\(generation.rawValue)/contacts"
            let (listStatus, list) = try await sandbox.send(.get, properties)
            #expect(listStatus == 200 && (list?["results"] as? [Any])?.isEmpty == false)
            let (getStatus, email) = try await sandbox.send(.get, "\(properties)/email")
            #expect(getStatus == 200 && email?["name"] as? String == "email")
            let create =
                #"{"name":"dated_prop","label":"Dated","type":"string","fieldType":"text","#
                + #""groupName":"contactinformation"}"#
            let (createStatus, _) = try await sandbox.send(.post, properties, create)
            #expect(createStatus == 201)
            let (batchStatus, batch) = try await sandbox.send(
                .post, "\(properties)/batch/create",
                #"{"inputs":[\#(create.replacingOccurrences(of: "dated_prop", with: "dated_batch"))]}"#)
            #expect(batchStatus == (generation == .september2026 ? 200 : 201))
            #expect(batch?["status"] as? String == "COMPLETE")
            let (deleteStatus, _) = try await sandbox.send(.delete, "\(properties)/dated_prop")
            #expect(deleteStatus == 204)
            let (groupsStatus, groups) = try await sandbox.send(.get, "\(properties)/groups")
            #expect(groupsStatus == 200 && (groups?["results"] as? [Any])?.isEmpty == false)
        }
    }

    @Test("every stage carries writePermissions in the dated generations", arguments: dated)
    func pipelineStages(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let pipelines = "/crm/pipelines/\(generation.rawValue)/deals"
            let (status, list) = try await sandbox.send(.get, pipelines)
            #expect(status == 200)
            let stages = ((list?["results"] as? [[String: Any]]) ?? []).flatMap {
                ($0["stages"] as? [[String: Any]]) ?? []
            }
            #expect(!stages.isEmpty && stages.allSatisfy { $0["writePermissions"] is String })
            let (createStatus, stage) = try await sandbox.send(
                .post, "\(pipelines)/default/stages",
                #"{"label":"Dated","displayOrder":9,"metadata":{"probability":"0.3"}}"#)
            #expect(createStatus == 201 && stage?["writePermissions"] as? String == "CRM_PERMISSIONS_ENFORCEMENT")
            let id = try #require(stage?["id"] as? String)
            let (getStatus, got) = try await sandbox.send(.get, "\(pipelines)/default/stages/\(id)")
            #expect(getStatus == 200 && got?["writePermissions"] is String)
            let (deleteStatus, _) = try await sandbox.send(.delete, "\(pipelines)/default/stages/\(id)")
            #expect(deleteStatus == 204)
        }
    }

    @Test("legacy stages are unchanged: no writePermissions key")
    func legacyStages() async throws {
        try await SandboxHarness.with { sandbox in
            let (_, pipeline) = try await sandbox.send(.get, "/crm/v3/pipelines/deals/default")
            let stage = try #require((pipeline?["stages"] as? [[String: Any]])?.first)
            #expect(stage["writePermissions"] == nil)
        }
    }

    @Test("owners list and get, schemas list", arguments: dated)
    func ownersAndSchemas(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let (status, owners) = try await sandbox.send(.get, "/crm/owners/\(generation.rawValue)?limit=2")
            #expect(status == 200)
            let owner = try #require((owners?["results"] as? [[String: Any]])?.first)
            let id = try #require(owner["id"] as? String)
            let (getStatus, got) = try await sandbox.send(.get, "/crm/owners/\(generation.rawValue)/\(id)")
            #expect(getStatus == 200 && got?["id"] as? String == id)
            let (schemasStatus, schemas) = try await sandbox.send(
                .get, "/crm-object-schemas/\(generation.rawValue)/schemas")
            #expect(schemasStatus == 200 && schemas?["results"] is [Any])
        }
    }

    @Test("account details send all nine required fields in every generation", arguments: APIGeneration.allCases)
    func accountDetails(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let (status, details) = try await sandbox.send(.get, "\(generation.accountInfoPath)/details")
            #expect(status == 200)
            let keys: Set<String> = [
                "portalId", "accountType", "timeZone", "companyCurrency", "additionalCurrencies", "utcOffset",
                "utcOffsetMilliseconds", "uiDomain", "dataHostingLocation",
            ]
            #expect(Set(details?.keys.map { $0 } ?? []) == keys)
            #expect(details?["additionalCurrencies"] is [Any] && details?["utcOffsetMilliseconds"] is Int)
        }
    }
}
