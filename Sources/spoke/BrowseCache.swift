import CRMCache
import CommandLineSupport
import Foundation
import HubSpot

/// Opens the browse session's cache: one file per portal, keyed by portal id.
enum BrowseCache {
    /// The cache for this portal, or a warning saying why the session runs without one, and the portal's key.
    static func open(
        directory: URL, client: HubSpotClient, isDemo: Bool, token: String?, offline: Bool
    ) -> (cache: CRMCache?, warning: String?, key: String) {
        let key: String
        if isDemo {
            key = CRMCache.demoPortalKey
        } else {
            let directoryOfPortals = PortalDirectory(directory: directory)
            key =
                (try? blockingAwait {
                    await directoryOfPortals.portalKey(for: client, token: token, askServer: !offline)
                }) ?? CRMCache.portalKey(baseURL: client.baseURL)
        }
        do {
            return (try CRMCache(directory: directory, portalKey: key), nil, key)
        } catch {
            return (nil, "cache unavailable (\(error)); browsing without it", key)
        }
    }
}
