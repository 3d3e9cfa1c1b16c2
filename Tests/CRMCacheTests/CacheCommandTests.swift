import CRMCache
import Foundation
import HubSpot
import SpokeTestSupport
import Testing

/// `spoke cache …` as a person runs it, through the built binary.
@Suite("spoke cache commands")
struct CacheCommandTests {
    @Test("clear refuses with unsent changes, needs --yes without a terminal, then empties the cache")
    func clearFlow() async throws {
        let spoke = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let dir = ["--cache-dir", directory.path]

        let torture = try await ChildProcess.run(spoke, ["cache", "torture", "--count", "3"] + dir)
        #expect(torture.status == 0 && torture.output == "saved 1\nsaved 2\nsaved 3\n")
        let status = try await ChildProcess.run(spoke, ["cache", "status"] + dir)
        #expect(status.status == 0)
        #expect(status.output.contains("Contacts") && status.output.contains("3 pending"))
        let outbox = try await ChildProcess.run(spoke, ["cache", "outbox"] + dir)
        #expect(outbox.output.split(separator: "\n").filter { $0.contains("update 0-1/1 firstname") }.count == 3)

        let refused = try await ChildProcess.run(spoke, ["cache", "clear"] + dir)
        #expect(refused.status != 0 && refused.output.contains("3 unsent changes"))
        let notATerminal = try await ChildProcess.run(spoke, ["cache", "clear", "--force"] + dir)
        #expect(notATerminal.status != 0 && notATerminal.output.contains("pass --yes"))
        let cleared = try await ChildProcess.run(spoke, ["cache", "clear", "--force", "--yes"] + dir)
        #expect(cleared.status == 0 && cleared.output.contains("Cleared torture"))
        let after = try await ChildProcess.run(spoke, ["cache", "status"] + dir)
        #expect(after.output.contains("0 pending") && !after.output.contains("Contacts"))
    }

    @Test(
        "the demo cache is chosen by name beside another portal's, and status names custom types (issue 16, item 9)")
    func demoCacheByName() async throws {
        let spoke = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let dir = ["--cache-dir", directory.path]
        // The demo portal's cache as a browse session leaves it: the schemas, and records of a custom type.
        try await withSandboxClient { client, _ in
            let demo = try CRMCache(directory: directory, portalKey: CRMCache.demoPortalKey)
            let schemas = try await client.schemas()
            try demo.storeDocument(kind: CRMCache.DocumentKind.schemas, key: "all", value: schemas)
            let cars = try #require(schemas.first { $0.name == "cars" }).objectType
            try demo.store(try await client.listRecords(cars.id, ListQuery(limit: 3)).results, typeID: cars.id)
        }
        _ = try CRMCache(directory: directory, portalKey: "another-portal")

        let status = try await ChildProcess.run(spoke, ["cache", "status", "--portal-id", "demo-portal"] + dir)
        #expect(status.status == 0, "\(status.output)")
        #expect(status.output.contains("Cars") && !status.output.contains("  2-"), "\(status.output)")
        let outbox = try await ChildProcess.run(spoke, ["cache", "outbox", "--portal-id", "demo-portal"] + dir)
        #expect(outbox.status == 0, "\(outbox.output)")
        let unknown = try await ChildProcess.run(spoke, ["cache", "outbox", "--portal-id", "nope"] + dir)
        #expect(
            unknown.status != 0 && unknown.output.contains("demo-portal"), "the names that exist: \(unknown.output)")
    }

    @Test("a sync that cannot read the portal leaves no cache file behind (issue 16, item 9)")
    func failedSyncLeavesNoFile() async throws {
        let spoke = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let sync = try await ChildProcess.run(
            "/usr/bin/env",
            [
                "-u", "HUBSPOT_ACCESS_TOKEN", spoke, "cache", "sync", "contacts", "--base-url", "http://127.0.0.1:9",
                "--cache-dir", directory.path,
            ])
        #expect(sync.status != 0 && sync.output.contains("nothing was cached"), "\(sync.output)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        #expect(!files.contains { $0.hasSuffix(".sqlite") }, "\(files)")
    }

    @Test("sync takes --profile and --demo as the other commands do, into the browser's file for it (issue 16, item 9)")
    func syncChoosesTheProfilesPortal() async throws {
        let spoke = try #require(SpokeBinary.path, "build the spoke executable first (swift build)")
        let directory = CacheTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        try await withSandboxClient { client, server in
            // The README's layout: the demo by default, a second profile for another portal.
            let config = directory.deletingLastPathComponent().appendingPathComponent("config.toml")
            try FileManager.default.createDirectory(
                at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
            try """
            default_profile = "demo"
            [profiles.demo]
            demo = true
            [profiles.work]
            base_url = "\(server.baseURL.absoluteString)"
            """.write(to: config, atomically: true, encoding: .utf8)
            let options = ["--config", config.path, "--cache-dir", directory.path]
            let sync = try await ChildProcess.run(
                "/usr/bin/env",
                ["-u", "HUBSPOT_ACCESS_TOKEN", spoke, "cache", "sync", "--profile", "work", "contacts", "--pages", "1"]
                    + options)
            #expect(sync.status == 0, "\(sync.output)")
            // The file a browse session of that profile opens: keyed by the hub id the server gives.
            let hubID = try await client.accountDetails().portalId
            let key = CRMCache.portalKey(baseURL: server.baseURL, portalID: hubID)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            #expect(files.contains("\(key).sqlite") && !files.contains("\(CRMCache.demoPortalKey).sqlite"), "\(files)")
            let synced = try CRMCache(directory: directory, portalKey: key).status()
            #expect(synced.recordsByType["0-1"] == 100, "one page of contacts: \(synced.recordsByType)")

            let demo = try await ChildProcess.run(
                "/usr/bin/env",
                ["-u", "HUBSPOT_ACCESS_TOKEN", spoke, "cache", "sync", "--demo", "companies", "--pages", "1"]
                    + options)
            #expect(demo.status == 0 && demo.output.contains(CRMCache.demoPortalKey), "\(demo.output)")
            let demoCache = try CRMCache(directory: directory, portalKey: CRMCache.demoPortalKey).status()
            #expect((demoCache.recordsByType["0-2"] ?? 0) > 0, "\(demoCache.recordsByType)")
        }
    }
}
