import Foundation
import HubSpot
import Sandbox
import Testing

/// The associations API under `/crm/associations/{version}` and `/crm/objects/{version}/…/associations`.
@Suite("Dated associations API on the wire")
struct DatedAssociationWireTests {
    static let dated: [APIGeneration] = [.march2026, .september2026]

    /// The first associated object in a batch read answer.
    private static func associated(_ body: [String: Any]?) -> [[String: Any]] {
        ((body?["results"] as? [[String: Any]])?.first?["to"] as? [[String: Any]]) ?? []
    }

    @Test("batch read pages with inputs[].after; types name their object types in 2026-03 only", arguments: dated)
    func batchRead(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let read = "/crm/associations/\(generation.rawValue)/companies/contacts/batch/read"
            let company = try await sandbox.firstIDs("companies", count: 1)[0]
            let (status, body) = try await sandbox.send(.post, read, #"{"inputs":[{"id":"\#(company)"}]}"#)
            #expect(status == 200)
            let all = Self.associated(body)
            try #require(all.count >= 2, "the demo company has several contacts")
            let type = try #require((all[0]["associationTypes"] as? [[String: Any]])?.first)
            #expect(type["category"] as? String == "HUBSPOT_DEFINED" && type["typeId"] is Int)
            if generation == .march2026 {
                #expect(type["fromObjectTypeId"] as? String == "0-2" && type["toObjectTypeId"] as? String == "0-1")
            } else {
                #expect(type["fromObjectTypeId"] == nil && type["toObjectTypeId"] == nil)
            }
            let second = try #require(all[1]["toObjectId"] as? String)
            let (_, paged) = try await sandbox.send(
                .post, read, #"{"inputs":[{"id":"\#(company)","after":"\#(second)"}]}"#)
            #expect(Self.associated(paged).first?["toObjectId"] as? String == second)
            #expect(Self.associated(paged).count == all.count - 1)
        }
    }

    @Test(
        "batch create is 201 in 2026-03 and 200 in 2026-09; partial failures 207 vs 200 with errors",
        arguments: dated)
    func batchCreate(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let create = "/crm/associations/\(generation.rawValue)/contacts/deals/batch/create"
            let contact = try await sandbox.firstIDs("contacts", count: 1)[0]
            let deal = try await sandbox.firstIDs("deals", count: 1)[0]
            let input =
                #"{"from":{"id":"\#(contact)"},"to":{"id":"\#(deal)"},"#
                + #""types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":4}]}"#
            let (status, created) = try await sandbox.send(.post, create, #"{"inputs":[\#(input)]}"#)
            #expect(status == (generation == .september2026 ? 200 : 201))
            let pair = try #require((created?["results"] as? [[String: Any]])?.first)
            #expect(pair["fromObjectTypeId"] as? String == "0-1" && pair["toObjectTypeId"] as? String == "0-3")
            #expect(pair["fromObjectId"] as? String == contact && pair["toObjectId"] as? String == deal)
            let bad =
                #"{"from":{"id":"999999999"},"to":{"id":"\#(deal)"},"#
                + #""types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":4}]}"#
            let (partialStatus, partial) = try await sandbox.send(.post, create, #"{"inputs":[\#(input),\#(bad)]}"#)
            #expect(partialStatus == (generation == .september2026 ? 200 : 207))
            #expect(partial?["numErrors"] as? Int == 1 && (partial?["errors"] as? [Any])?.count == 1)
        }
    }

    @Test("batch archive and labels archive answer 200 with an empty batch body", arguments: dated)
    func archives(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let batch = "/crm/associations/\(generation.rawValue)/companies/contacts/batch"
            let company = try await sandbox.firstIDs("companies", count: 1)[0]
            let (_, before) = try await sandbox.send(.post, "\(batch)/read", #"{"inputs":[{"id":"\#(company)"}]}"#)
            let contact = try #require(Self.associated(before).first?["toObjectId"] as? String)
            let (labelsStatus, labels) = try await sandbox.send(
                .post, "\(batch)/labels/archive",
                #"{"inputs":[{"from":{"id":"\#(company)"},"to":{"id":"\#(contact)"},"#
                    + #""types":[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":2}]}]}"#)
            #expect(labelsStatus == 200)
            #expect(labels?["status"] as? String == "COMPLETE" && (labels?["results"] as? [Any])?.isEmpty == true)
            let (status, body) = try await sandbox.send(
                .post, "\(batch)/archive", #"{"inputs":[{"from":{"id":"\#(company)"},"to":[{"id":"\#(contact)"}]}]}"#)
            #expect(status == 200)
            #expect(body?["status"] as? String == "COMPLETE" && (body?["results"] as? [Any])?.isEmpty == true)
            #expect(body?["startedAt"] is String && body?["completedAt"] is String)
            let (_, after) = try await sandbox.send(.post, "\(batch)/read", #"{"inputs":[{"id":"\#(company)"}]}"#)
            #expect(!Self.associated(after).contains { $0["toObjectId"] as? String == contact })
        }
    }

    @Test("legacy v4 archives keep their 204 with no body")
    func legacyArchives() async throws {
        try await SandboxHarness.with { sandbox in
            let company = try await sandbox.firstIDs("companies", count: 1)[0]
            let (status, body) = try await sandbox.send(
                .post, "/crm/v4/associations/companies/contacts/batch/archive",
                #"{"inputs":[{"from":{"id":"\#(company)"},"to":[{"id":"1"}]}]}"#)
            #expect(status == 204 && body == nil)
        }
    }

    @Test("labels: one path, GET/POST 200, PUT/DELETE 204; 2026-03 names object types", arguments: dated)
    func labels(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let labels = "/crm/associations/\(generation.rawValue)/contacts/companies/labels"
            let (status, listed) = try await sandbox.send(.get, labels)
            #expect(status == 200)
            let plain = try #require((listed?["results"] as? [[String: Any]])?.first { $0["typeId"] as? Int == 279 })
            #expect((plain["fromObjectTypeId"] as? String == "0-1") == (generation == .march2026))
            let (createStatus, created) = try await sandbox.send(
                .post, labels, #"{"name":"dated_label","label":"Dated","inverseLabel":"Dated back"}"#)
            #expect(createStatus == 200)
            let made = try #require(created?["results"] as? [[String: Any]])
            let typeID = try #require(made.first { $0["label"] as? String == "Dated" }?["typeId"] as? Int)
            let (putStatus, _) = try await sandbox.send(
                .put, labels, #"{"associationTypeId":\#(typeID),"label":"Renamed"}"#)
            #expect(putStatus == 204)
            let (deleteStatus, _) = try await sandbox.send(.delete, "\(labels)/\(typeID)")
            #expect(deleteStatus == 204)
            let (oldSpelling, _) = try await sandbox.send(
                .get, "/crm/associations/\(generation.rawValue)/v4/contacts/companies/labels")
            #expect(oldSpelling == 404)
        }
    }

    @Test("single PUT is 201, default PUT 200, DELETE 204 under /crm/objects/{version}", arguments: dated)
    func perRecordWrites(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let contact = try await sandbox.firstIDs("contacts", count: 1)[0]
            let deal = try await sandbox.firstIDs("deals", count: 1)[0]
            let path = "/crm/objects/\(generation.rawValue)/contacts/\(contact)/associations"
            let (putStatus, pair) = try await sandbox.send(
                .put, "\(path)/deals/\(deal)", #"[{"associationCategory":"HUBSPOT_DEFINED","associationTypeId":4}]"#)
            #expect(putStatus == 201 && pair?["labels"] is [Any] && pair?["toObjectId"] as? String == deal)
            let (defaultStatus, defaults) = try await sandbox.send(.put, "\(path)/default/deals/\(deal)")
            #expect(defaultStatus == 200 && defaults?["status"] as? String == "COMPLETE")
            let spec = (defaults?["results"] as? [[String: Any]])?.first?["associationSpec"] as? [String: Any]
            #expect(spec?["associationTypeId"] is Int)
            let (deleteStatus, deleted) = try await sandbox.send(.delete, "\(path)/deals/\(deal)")
            #expect(deleteStatus == 204 && deleted == nil)
        }
    }

    @Test("the per-record association list exists in 2026-03 and is an unknown route in 2026-09")
    func perRecordList() async throws {
        try await SandboxHarness.with { sandbox in
            let company = try await sandbox.firstIDs("companies", count: 1)[0]
            let (status, page) = try await sandbox.send(
                .get, "/crm/objects/2026-03/companies/\(company)/associations/contacts")
            #expect(status == 200)
            let first = try #require((page?["results"] as? [[String: Any]])?.first)
            let type = (first["associationTypes"] as? [[String: Any]])?.first
            #expect(type?["fromObjectTypeId"] as? String == "0-2")
            let (goneStatus, gone) = try await sandbox.send(
                .get, "/crm/objects/2026-09/companies/\(company)/associations/contacts")
            #expect(goneStatus == 404)
            #expect(gone?["subCategory"] as? String == "ROUTE_NOT_FOUND")
        }
    }

    @Test("batch associate/default answers 200 with the default spec", arguments: dated)
    func associateDefault(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let contact = try await sandbox.firstIDs("contacts", count: 1)[0]
            let ticket = try await sandbox.firstIDs("tickets", count: 1)[0]
            let (status, body) = try await sandbox.send(
                .post, "/crm/associations/\(generation.rawValue)/contacts/tickets/batch/associate/default",
                #"{"inputs":[{"from":{"id":"\#(contact)"},"to":{"id":"\#(ticket)"}}]}"#)
            #expect(status == 200)
            let result = try #require((body?["results"] as? [[String: Any]])?.first)
            #expect((result["from"] as? [String: Any])?["id"] as? String == contact)
        }
    }
}
