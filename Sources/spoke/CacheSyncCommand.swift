import ArgumentParser
import CRMCache
import CommandLineSupport
import Foundation
import HubSpot

/// `spoke cache sync [TYPE…]`: sends the outbox, then refreshes the given types' definitions and lists.
struct CacheSyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Send unsent changes, then refresh the cache of the given types.",
        discussion: """
            The portal is chosen as for browse, list and get: --profile (else the config's default_profile), \
            with --base-url, --token-file and HUBSPOT_ACCESS_TOKEN winning over it, and with no token and no API \
            named, the built-in demo portal. The cache file is the one the browser uses for that portal; \
            --portal-id picks it by hub id, or by the name `spoke cache status` lists.
            """)

    @OptionGroup var folder: CacheFolderOptions

    @OptionGroup var portal: PortalOptions

    @Option(name: .long, help: "At most this many pages of 100 per type (default: the whole type).")
    var pages: Int?

    @Option(name: .long, help: "Trim the cache to this many megabytes, least recently viewed records first.")
    var maxSizeMB: Int = 500

    @Argument(help: "Object types to refresh, by id or name (e.g. 0-1 companies).")
    var types: [String] = []

    func validate() throws {
        guard maxSizeMB >= 1 else { throw ValidationError("--max-size-mb must be at least 1, got \(maxSizeMB)") }
        if let pages, pages < 1 { throw ValidationError("--pages must be at least 1, got \(pages)") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let config = portal.loadConfigSayingIssues(environment: environment)
        let (client, sandbox, isDemo) = try portal.connect(environment: environment, config: config)
        defer { if let sandbox { blockingAwait { await sandbox.stop() } } }
        let profile = try? config.profile(named: portal.profile)
        let token = try portal.token(profile: profile, environment: environment)
        let namedKey = try self.namedKey(isDemo: isDemo, baseURL: client.baseURL)
        let (directory, types, pages, maxSizeMB) = (folder.directory, types, pages, maxSizeMB)
        try blockingAwait {
            // The same file the browser uses: keyed by the portal id the token belongs to, when the server says.
            let key =
                if let namedKey { namedKey } else {
                    await PortalDirectory(directory: directory).portalKey(for: client, token: token, askServer: true)
                }
            try await Self.sync(
                client: client, directory: directory, key: key, types: types, pages: pages, maxSizeMB: maxSizeMB)
        }
    }

    /// The cache the command line names without asking the server: the demo's, or the one `--portal-id` picks.
    private func namedKey(isDemo: Bool, baseURL: URL) throws -> String? {
        if isDemo {
            if let named = folder.portalID, named != CRMCache.demoPortalKey {
                throw ValidationError("--portal-id \(named) is not the demo portal's cache (\(CRMCache.demoPortalKey))")
            }
            return CRMCache.demoPortalKey
        }
        return folder.portalID == nil ? nil : try folder.selectedKey(baseURL: baseURL.absoluteString)
    }

    /// Sends the outbox of cache `key` in `directory`, then refreshes each type, printing what was done.
    private static func sync(
        client: HubSpotClient, directory: URL, key: String, types: [String], pages: Int?, maxSizeMB: Int
    ) async throws {
        // A portal that cannot be read (no token, a wrong one, no network) gets no cache file: the first read
        // is made before the file is.
        let file = directory.appendingPathComponent("\(key).sqlite").path
        if !FileManager.default.fileExists(atPath: file) {
            let probeType = types.first.flatMap { ObjectTypeRegistry.standard.resolve($0)?.id } ?? "0-1"
            do {
                _ = try await client.listRecords(probeType, ListQuery(limit: 1))
            } catch {
                throw ValidationError("cannot read \(client.baseURL.absoluteString): \(error); nothing was cached")
            }
        }
        let cache = try CRMCache(directory: directory, portalKey: key, sizeCap: Int64(maxSizeMB) * 1024 * 1024)
        print("cache: \(key)")
        let report = await OutboxReplayer(cache: cache, client: client).replay()
        print("outbox: \(report.sent) sent; \(describe(report.stop))")
        for name in types {
            guard let type = ObjectTypeRegistry.standard.resolve(name) else {
                throw ValidationError("unknown object type \"\(name)\"")
            }
            let meter = SyncProgressLine(label: type.pluralLabel, isTerminal: isatty(STDOUT_FILENO) == 1)
            let count = try await CacheSyncer(cache: cache, client: client)
                .refresh(typeID: type.id, maxPages: pages) { meter.show($0) }
            meter.finish()
            print("\(type.pluralLabel): \(count) records cached")
        }
    }

    static func describe(_ stop: ReplayReport.Stop) -> String {
        switch stop {
        case .finished: "nothing left"
        case .conflict(let seq): "stopped at #\(seq): changed on the server too (spoke cache outbox)"
        case .failed(let seq, let message): "stopped at #\(seq): \(message)"
        case .offline(let message): "stopped: \(message)"
        case .blocked(let seq): "stopped at #\(seq), which needs a decision (spoke cache outbox)"
        case .busy: "another Spoke is sending this outbox"
        case .unresolved(let seq, let message): "stopped at #\(seq): \(message)"
        }
    }
}
