import ArgumentParser
import CRMCache
import Foundation
import HubSpot

/// `spoke cache sync [TYPE…]`: sends the outbox, then refreshes the given types' definitions and lists.
struct CacheSyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Send unsent changes, then refresh the cache of the given types.")

    @OptionGroup var location: CacheLocationOptions

    @Option(name: .long, help: "Read the access token from this file (must not be readable by others).")
    var tokenFile: String?

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

    func run() async throws {
        let token = try TokenSource.resolve(tokenFile: tokenFile, environment: ProcessInfo.processInfo.environment)
        let base = location.baseURL ?? "https://api.hubapi.com"
        guard let url = URL(string: base), url.host != nil else { throw ValidationError("--base-url must be a URL") }
        let client = HubSpotClient(baseURL: url, credentials: token.map { .bearer($0) })
        // The same file the browser uses: keyed by the portal id the token belongs to, when the server says.
        let key =
            if location.portalID != nil {
                try location.selectedKey()
            } else {
                await PortalDirectory(directory: location.directory).portalKey(
                    for: client, token: token, askServer: true)
            }
        // A portal that cannot be read (no token, a wrong one, no network) gets no cache file: the first read
        // is made before the file is.
        let file = location.directory.appendingPathComponent("\(key).sqlite").path
        if !FileManager.default.fileExists(atPath: file) {
            let probeType = types.first.flatMap { ObjectTypeRegistry.standard.resolve($0)?.id } ?? "0-1"
            do {
                _ = try await client.listRecords(probeType, ListQuery(limit: 1))
            } catch {
                throw ValidationError("cannot read \(url.absoluteString): \(error); nothing was cached")
            }
        }
        let cache = try CRMCache(
            directory: location.directory, portalKey: key,
            sizeCap: Int64(maxSizeMB) * 1024 * 1024)

        let report = await OutboxReplayer(cache: cache, client: client).replay()
        print("outbox: \(report.sent) sent; \(Self.describe(report.stop))")
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
