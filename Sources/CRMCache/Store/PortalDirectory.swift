import Foundation
import HubSpot

/// Remembers which portal id each (base URL, token) pair belongs to, so an offline start opens the
/// same cache file an online one did (`portals.json` in the cache folder, 0600).
///
/// Tokens are never stored: each is reduced to a 64-bit FNV-1a fingerprint, enough to tell a
/// user's portals apart on one base URL.
public struct PortalDirectory: Sendable {
    /// The cache folder.
    public let directory: URL

    /// Creates the directory of the cache folder `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    private var fileURL: URL { directory.appendingPathComponent("portals.json") }

    /// The cache key of the portal `client` reaches with `token`: the id the server gives (remembered for
    /// later), else the one remembered, else the base URL. `askServer: false` (offline) never sends a request.
    public func portalKey(for client: HubSpotClient, token: String?, askServer: Bool) async -> String {
        var portalID = portalID(baseURL: client.baseURL, token: token)
        if askServer, let details = try? await client.accountDetails() {
            portalID = details.portalId
            try? remember(portalID: details.portalId, baseURL: client.baseURL, token: token)
        }
        return CRMCache.portalKey(baseURL: client.baseURL, portalID: portalID)
    }

    /// The portal id last seen for this base URL and token, if any.
    public func portalID(baseURL: URL, token: String?) -> Int? {
        entries()[Self.entryKey(baseURL: baseURL, token: token)]
    }

    /// Records the portal id of this base URL and token.
    public func remember(portalID: Int, baseURL: URL, token: String?) throws {
        var all = entries()
        let key = Self.entryKey(baseURL: baseURL, token: token)
        guard all[key] != portalID else { return }
        all[key] = portalID
        try CacheFiles.prepareDirectory(directory)
        try CacheFiles.prepareFile(fileURL)
        let data = try JSONEncoder().encode(all)
        try data.write(to: fileURL, options: .atomic)
        try CacheFiles.restrict(fileURL.path, to: 0o600)
    }

    private func entries() -> [String: Int] {
        guard let data = try? Data(contentsOf: fileURL) else { return [:] }
        return (try? JSONDecoder().decode([String: Int].self, from: data)) ?? [:]
    }

    static func entryKey(baseURL: URL, token: String?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (token ?? "").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return baseURL.absoluteString + "#" + String(hash, radix: 16)
    }
}
