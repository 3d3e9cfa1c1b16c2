import Foundation
import HubSpot
import Sandbox
import Testing

/// The objects API under `/crm/objects/2026-03` and `/crm/objects/2026-09`: same portal, each generation's shapes.
@Suite("Dated objects API on the wire")
struct DatedObjectWireTests {
    static let dated: [APIGeneration] = [.march2026, .september2026]

    @Test("list, create, get, patch and delete under the dated prefix share the legacy portal", arguments: dated)
    func singleRecordLifecycle(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let objects = "/crm/objects/\(generation.rawValue)/contacts"
            let (listStatus, list) = try await sandbox.send(.get, "\(objects)?limit=2")
            #expect(listStatus == 200)
            #expect((list?["results"] as? [Any])?.count == 2)
            let link = ((list?["paging"] as? [String: Any])?["next"] as? [String: Any])?["link"] as? String
            #expect(link?.contains(objects) == true, "next link stays in the generation: \(link ?? "none")")

            let (createStatus, created) = try await sandbox.send(
                .post, objects, #"{"properties":{"email":"dated-\#(generation.rawValue)@spoke-tests.example"}}"#)
            #expect(createStatus == 201)
            let id = try #require(created?["id"] as? String)
            let (legacyStatus, _) = try await sandbox.send(.get, "/crm/v3/objects/contacts/\(id)")
            #expect(legacyStatus == 200, "a record written through a dated path is the legacy path's record")

            let (patchStatus, patched) = try await sandbox.send(
                .patch, "\(objects)/\(id)", #"{"properties":{"firstname":"Dana"}}"#)
            #expect(patchStatus == 200)
            #expect((patched?["properties"] as? [String: Any])?["firstname"] as? String == "Dana")
            let (getStatus, got) = try await sandbox.send(.get, "\(objects)/\(id)?properties=firstname")
            #expect(getStatus == 200 && got?["id"] as? String == id)

            let (deleteStatus, deleted) = try await sandbox.send(.delete, "\(objects)/\(id)")
            #expect(deleteStatus == 204 && deleted == nil)
            let (goneStatus, gone) = try await sandbox.send(.get, "\(objects)/\(id)")
            #expect(goneStatus == 404 && gone?["category"] as? String == "OBJECT_NOT_FOUND")
        }
    }

    @Test("a cleared value is no string in either generation, and 2026-03 never sends null", arguments: dated)
    func clearedValues(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let objects = "/crm/objects/\(generation.rawValue)/contacts"
            let id = try await sandbox.firstIDs("contacts", count: 1)[0]
            let (status, _) = try await sandbox.send(.patch, "\(objects)/\(id)", #"{"properties":{"phone":""}}"#)
            #expect(status == 200)
            let (_, record) = try await sandbox.send(.get, "\(objects)/\(id)?properties=phone,email")
            let properties = try #require(record?["properties"] as? [String: Any])
            // The portal stores a cleared value as no value; 2026-09 may send it as null, 2026-03 must leave it out.
            #expect(!(properties["phone"] is String))
            #expect(properties["email"] is String)
            let (_, page) = try await sandbox.send(.get, "\(objects)?limit=100&properties=phone,email,mobilephone")
            let values =
                (page?["results"] as? [[String: Any]])?.flatMap {
                    ($0["properties"] as? [String: Any])?.values ?? [:].values
                } ?? []
            if generation == .march2026 { #expect(!values.contains { $0 is NSNull }) }
        }
    }

    @Test("batch create and update echo objectWriteTraceId on each result", arguments: APIGeneration.allCases)
    func traceIDs(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let batch = "\(generation.objectsPath)/contacts/batch"
            let (createStatus, created) = try await sandbox.send(
                .post, "\(batch)/create",
                #"{"inputs":[{"properties":{"email":"trace-a@spoke-tests.example"},"associations":[],"#
                    + #""objectWriteTraceId":"a"},{"properties":{"email":"trace-b@spoke-tests.example"},"#
                    + #""associations":[],"objectWriteTraceId":"b"}]}"#)
            #expect(createStatus == 201)
            let results = try #require(created?["results"] as? [[String: Any]])
            #expect(Set(results.compactMap { $0["objectWriteTraceId"] as? String }) == ["a", "b"])
            let id = try #require(results.first { $0["objectWriteTraceId"] as? String == "a" }?["id"] as? String)
            let (updateStatus, updated) = try await sandbox.send(
                .post, "\(batch)/update",
                #"{"inputs":[{"id":"\#(id)","properties":{"firstname":"Ann"},"objectWriteTraceId":"u1"}]}"#)
            #expect(updateStatus == 200)
            let result = try #require((updated?["results"] as? [[String: Any]])?.first)
            #expect(result["objectWriteTraceId"] as? String == "u1")
            let (upsertStatus, upserted) = try await sandbox.send(
                .post, "\(batch)/upsert",
                #"{"inputs":[{"id":"trace-c@spoke-tests.example","idProperty":"email","#
                    + #""properties":{"firstname":"Cy"},"objectWriteTraceId":"c"}]}"#)
            #expect(upsertStatus == 200)
            let upsert = try #require((upserted?["results"] as? [[String: Any]])?.first)
            #expect(upsert["objectWriteTraceId"] as? String == "c" && upsert["new"] as? Bool == true)
        }
    }

    @Test(
        "a partly failed batch is 207 before 2026-09 and 200 with errors[] and numErrors in 2026-09",
        arguments: APIGeneration.allCases)
    func partialFailure(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let batch = "\(generation.objectsPath)/contacts/batch"
            let id = try await sandbox.firstIDs("contacts", count: 1)[0]
            let expected = generation == .september2026 ? 200 : 207
            let (readStatus, read) = try await sandbox.send(
                .post, "\(batch)/read", #"{"inputs":[{"id":"\#(id)"},{"id":"999999999"}],"properties":["email"]}"#)
            #expect(readStatus == expected)
            #expect((read?["results"] as? [Any])?.count == 1 && read?["numErrors"] as? Int == 1)
            let error = try #require((read?["errors"] as? [[String: Any]])?.first)
            #expect(error["status"] as? String == "404" && error["category"] as? String == "OBJECT_NOT_FOUND")
            let (updateStatus, updated) = try await sandbox.send(
                .post, "\(batch)/update",
                #"{"inputs":[{"id":"\#(id)","properties":{"firstname":"Ok"}},"#
                    + #"{"id":"999999999","properties":{"firstname":"No"},"objectWriteTraceId":"lost"}]}"#)
            #expect(updateStatus == expected)
            let failed = try #require((updated?["errors"] as? [[String: Any]])?.first)
            let context = failed["context"] as? [String: [String]]
            #expect(context?["objectWriteTraceId"] == ["lost"], "the failed input is named by its trace id")
        }
    }

    @Test("batch archive is 204 and search answers total and results", arguments: dated)
    func archiveAndSearch(_ generation: APIGeneration) async throws {
        try await SandboxHarness.with { sandbox in
            let objects = "/crm/objects/\(generation.rawValue)/companies"
            let id = try await sandbox.firstIDs("companies", count: 1)[0]
            let (archiveStatus, archived) = try await sandbox.send(
                .post, "\(objects)/batch/archive", #"{"inputs":[{"id":"\#(id)"}]}"#)
            #expect(archiveStatus == 204 && archived == nil)
            let (searchStatus, found) = try await sandbox.send(.post, "\(objects)/search", #"{"limit":3}"#)
            #expect(searchStatus == 200)
            #expect(found?["total"] is Int && (found?["results"] as? [[String: Any]])?.count == 3)
            let ids = (found?["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
            #expect(!ids.contains(id), "the archived company is gone from every generation")
        }
    }
}
