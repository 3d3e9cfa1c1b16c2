import ArgumentParser
import CRMCache
import Foundation

/// The cache folder and, by name or hub id, one portal's file in it: the part of the cache options that does not
/// say which API the portal is at (`cache sync` takes that from ``PortalOptions``, the other cache commands from
/// ``CacheLocationOptions``' `--base-url`).
struct CacheFolderOptions: ParsableArguments {
    @Option(name: .long, help: "The cache folder (default: $XDG_CACHE_HOME/spoke, else ~/.cache/spoke).")
    var cacheDir: String?

    @Option(
        name: .long,
        help: "The HubSpot portal (hub) id, or a cache's name as `spoke cache status` lists it (e.g. demo-portal).")
    var portalID: String?

    /// The hub id `--portal-id` names, when it is a number.
    var hubID: Int? { portalID.flatMap { Int($0) } }

    /// The cache folder.
    var directory: URL {
        cacheDir.map { URL(fileURLWithPath: $0) } ?? CRMCache.defaultDirectory()
    }

    /// The keys of the portals with a cache file in the folder.
    func existingKeys() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".sqlite") }.map { String($0.dropLast(".sqlite".count)) }.sorted()
    }

    /// The portal named by `--portal-id` and `baseURL` (a `--base-url`, or the URL a profile gives); with
    /// neither, the only cache in the folder.
    func selectedKey(baseURL: String?) throws -> String {
        // A cache's own name, as `cache status` prints it (the demo's `demo-portal`, a sandbox's address key).
        if let portalID, hubID == nil {
            guard existingKeys().contains(portalID) else {
                let known = existingKeys()
                throw ValidationError(
                    "--portal-id must be a hub id or a cached portal's name"
                        + (known.isEmpty
                            ? "; nothing is cached in \(directory.path)" : " (\(known.joined(separator: ", ")))")
                        + ", got \"\(portalID)\"")
            }
            return portalID
        }
        if portalID != nil || baseURL != nil {
            let url = URL(string: baseURL ?? "https://api.hubapi.com")
            guard let url, url.host != nil else {
                throw ValidationError("--base-url must be a URL, got \"\(baseURL ?? "")\"")
            }
            return CRMCache.portalKey(baseURL: url, portalID: hubID)
        }
        let keys = existingKeys()
        guard keys.count == 1 else {
            throw ValidationError(
                keys.isEmpty
                    ? "no cache in \(directory.path)"
                    : "several portals are cached (\(keys.joined(separator: ", "))); choose one with --portal-id or --base-url"
            )
        }
        return keys[0]
    }

    /// Opens an existing cache; refuses to create one just to report on it.
    func open(_ key: String) throws -> CRMCache {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(key).sqlite").path) else {
            throw ValidationError("no cache for \(key) in \(directory.path)")
        }
        return try CRMCache(directory: directory, portalKey: key)
    }
}
