import Foundation
import HubSpot
import SpokeTestSupport
import Testing

@testable import CRMCache

/// Issue 15, item 1 on the command line: `spoke cache outbox` names a create of unknown fate with the ways
/// to settle it, and settles it only as told: created (an id read from the server), sent again, or dropped.
@Suite("spoke cache outbox settles a create of unknown fate")
struct OutboxCommandTests {
    /// A cache for the sandbox's address holding a create sent an hour ago whose answer was lost, and two
    /// companies on the sandbox that match it, replayed once so the entry is `unknown`.
    private static func unknownCreate(
        _ client: HubSpotClient, _ server: URL, in directory: URL
    ) async throws -> (name: String, matches: [String]) {
        let cache = try CRMCache(directory: directory, portalKey: CRMCache.portalKey(baseURL: server))
        let name = "Twin \(UUID().uuidString.prefix(6))"
        var matches: [String] = []
        for _ in 0..<2 { matches.append(try await client.createRecord("0-2", properties: ["name": name]).id) }
        try cache.enqueue(
            .create(
                typeID: "0-2", temporaryID: PendingChange.makeTemporaryID(), properties: ["name": name],
                associations: []),
            sentAt: Date().addingTimeInterval(-3600))
        let report = await OutboxReplayer(cache: cache, client: client).replay()
        guard case .unresolved = report.stop else { throw ReplayDidNotAsk(stop: report.stop) }
        return (name, matches)
    }

    private struct ReplayDidNotAsk: Error { let stop: ReplayReport.Stop }

    @Test("the listing says how to settle it; --created with a wrong id refuses, with the right one adopts")
    func createdAsID() async throws {
        let spoke = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        try await withSandboxClient { client, server in
            let (name, matches) = try await Self.unknownCreate(client, server.baseURL, in: directory)
            let place = ["--cache-dir", directory.path, "--base-url", server.baseURL.absoluteString]

            let listing = try await ChildProcess.run(spoke, ["cache", "outbox"] + place)
            #expect(listing.status == 0, "\(listing.output)")
            #expect(listing.output.contains("#1  unknown"), "\(listing.output)")
            #expect(listing.output.contains("2 records match it (\(matches.joined(separator: ", ")))"))
            #expect(listing.output.contains("settle it: --created 1 --id ID"), "\(listing.output)")

            let wrong = try await ChildProcess.run(
                spoke, ["cache", "outbox", "--created", "1", "--id", "999999"] + place)
            #expect(wrong.status != 0 && wrong.output.contains("#1 still waits"), "\(wrong.output)")
            let noID = try await ChildProcess.run(spoke, ["cache", "outbox", "--created", "1"] + place)
            #expect(noID.status != 0 && noID.output.contains("--created needs --id"), "\(noID.output)")

            let adopted = try await ChildProcess.run(
                spoke, ["cache", "outbox", "--created", "1", "--id", matches[0]] + place)
            #expect(adopted.status == 0, "\(adopted.output)")
            #expect(adopted.output.contains("#1 is \(matches[0]) on HubSpot"), "\(adopted.output)")
            #expect(adopted.output.contains("The outbox is empty."), "\(adopted.output)")
            let cache = try CRMCache(directory: directory, portalKey: CRMCache.portalKey(baseURL: server.baseURL))
            #expect(try cache.record(typeID: "0-2", id: matches[0])?.isLocalOnly == false)
            let found = try await client.search("0-2", SearchRequest(query: name)).results
            #expect(found.count == 2, "nothing was sent again")
        }
    }

    @Test("--created does not send the token over plain http to another machine without --insecure")
    func createdRefusesPlainHTTP() async throws {
        let spoke = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        // 192.0.2.1 is TEST-NET-1: nothing answers there, and nothing may be sent before the refusal.
        let remote = URL(string: "http://192.0.2.1")!
        let cache = try CRMCache(directory: directory, portalKey: CRMCache.portalKey(baseURL: remote))
        try cache.enqueue(
            .create(
                typeID: "0-2", temporaryID: PendingChange.makeTemporaryID(), properties: ["name": "Far"],
                associations: []),
            sentAt: Date())
        let arguments = [
            "cache", "outbox", "--cache-dir", directory.path, "--base-url", remote.absoluteString, "--created", "1",
            "--id", "5",
        ]
        let refused = try await ChildProcess.run(
            "/usr/bin/env", ["HUBSPOT_ACCESS_TOKEN=secret", spoke] + arguments, timeout: .seconds(20))
        #expect(refused.status == 64, "\(refused.output)")
        #expect(refused.output.contains("plain http to 192.0.2.1"), "\(refused.output)")
        #expect(try cache.pendingChanges().count == 1, "the entry still waits")
        let bad = try await ChildProcess.run(
            spoke, Array(arguments.prefix(4)) + ["--base-url", "ftp://192.0.2.1"] + arguments.suffix(4))
        #expect(bad.status != 0 && bad.output.contains("must be an http(s) URL"), "\(bad.output)")
    }

    @Test("--send-again queues it to be sent once more; --drop forgets it and its local record")
    func sendAgainOrDrop() async throws {
        let spoke = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        try await withSandboxClient { client, server in
            _ = try await Self.unknownCreate(client, server.baseURL, in: directory)
            let place = ["--cache-dir", directory.path, "--base-url", server.baseURL.absoluteString]
            let both = try await ChildProcess.run(
                spoke, ["cache", "outbox", "--send-again", "1", "--drop", "1"] + place)
            #expect(both.status != 0 && both.output.contains("choose one of"), "\(both.output)")

            let again = try await ChildProcess.run(spoke, ["cache", "outbox", "--send-again", "1"] + place)
            #expect(again.status == 0 && again.output.contains("#1 will be sent again"), "\(again.output)")
            #expect(again.output.contains("#1  pending"), "\(again.output)")
            let cache = try CRMCache(directory: directory, portalKey: CRMCache.portalKey(baseURL: server.baseURL))
            let temporaryID = try #require(try cache.pendingChanges().first?.change.recordID)

            let pending = try await ChildProcess.run(spoke, ["cache", "outbox", "--drop", "1"] + place)
            #expect(pending.status != 0 && pending.output.contains("no entry #1 waits"), "a pending entry is replay's")

            try cache.mark(try #require(try cache.pendingChanges().first), state: .unknown, error: "test")
            let dropped = try await ChildProcess.run(spoke, ["cache", "outbox", "--drop", "1"] + place)
            #expect(dropped.status == 0 && dropped.output.contains("#1 dropped"), "\(dropped.output)")
            #expect(try cache.pendingCount() == 0)
            #expect(try cache.record(typeID: "0-2", id: temporaryID) == nil)
        }
    }
}
