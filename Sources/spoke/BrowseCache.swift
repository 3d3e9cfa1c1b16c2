import Browser
import CRMCache
import CommandLineSupport
import Foundation
import HubSpot

/// Opens the browse session's cache: one file per portal, keyed by portal id.
enum BrowseCache {
    /// The longest the session waits, before its first frame, to learn which portal a token it has never used
    /// opens; past it the cache is keyed by the address, as when the server is unreachable.
    static let lookupLimit: Duration = .seconds(10)

    /// The cache for this portal, or a warning saying why the session runs without one, and the portal's key.
    /// A portal id remembered from an earlier session is used at once (and checked in the background, so a
    /// change is remembered for the next one): a slow server must not keep the cached rows off the screen.
    /// Only a token never seen before waits for the server, up to ``lookupLimit``, after `waiting` is told
    /// what it waits for (the caller draws it); the first list page is asked for beside that question, not after
    /// it, and handed back as `ahead` for the browser's first fetch.
    static func open(
        directory: URL, client: HubSpotClient, isDemo: Bool, token: String?, offline: Bool,
        waiting: (String) -> Void = { _ in }
    ) -> (cache: CRMCache?, warning: String?, key: String, ahead: FirstPageAhead?) {
        let key: String
        var ahead: FirstPageAhead?
        if isDemo {
            key = CRMCache.demoPortalKey
        } else {
            let portals = PortalDirectory(directory: directory)
            if let remembered = portals.portalID(baseURL: client.baseURL, token: token) {
                key = CRMCache.portalKey(baseURL: client.baseURL, portalID: remembered)
                if !offline {
                    Task.detached { _ = await portals.portalKey(for: client, token: token, askServer: true) }
                }
            } else if offline {
                key = CRMCache.portalKey(baseURL: client.baseURL)
            } else {
                // Both questions leave before anything is drawn; the new cache file is made while they are out
                // and named once the answer says for whom.
                ahead = ObjectTypeRegistry.standard.all.first.map { FirstPageAhead(client: client, type: $0) }
                let question = Task.detached { await portals.portalKey(for: client, token: token, askServer: true) }
                let fresh = Task.detached { try? FreshCacheFile(directory: directory) }
                let host = client.baseURL.host ?? client.baseURL.absoluteString
                waiting(
                    "connecting to \(host): asking which portal this token opens "
                        + "(up to \(Int(lookupLimit.components.seconds)) s)…")
                key = answer(question, fallback: CRMCache.portalKey(baseURL: client.baseURL))
                (try? blockingAwait { await fresh.value })??.adopt(directory: directory, portalKey: key)
            }
        }
        do {
            return (try CRMCache(directory: directory, portalKey: key), nil, key, ahead)
        } catch {
            return (nil, "cache unavailable (\(error)); browsing without it", key, ahead)
        }
    }

    /// The portal's key from the server's answer to `question`, or `fallback` (the address's) once
    /// ``lookupLimit`` has passed without one.
    private static func answer(_ question: Task<String, Never>, fallback: String) -> String {
        let key = try? blockingAwait {
            await withTaskGroup(of: String?.self) { group in
                // Cancelling this child (the limit passed) cancels the question, or the group would wait for it.
                group.addTask {
                    await withTaskCancellationHandler {
                        await question.value
                    } onCancel: {
                        question.cancel()
                    }
                }
                group.addTask {
                    try? await Task.sleep(for: lookupLimit)
                    return nil
                }
                let first = await group.next() ?? nil
                group.cancelAll()
                return first
            }
        }
        return (key ?? nil) ?? fallback
    }
}
