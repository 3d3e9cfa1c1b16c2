import ArgumentParser
import CRMCache
import Foundation

/// Where the cache lives and which portal's file to use, the portal's API named by `--base-url`.
struct CacheLocationOptions: ParsableArguments {
    @OptionGroup var folder: CacheFolderOptions

    @Option(name: .long, help: "The portal's API base URL (selects the cache of a sandbox or proxy).")
    var baseURL: String?

    /// The cache folder.
    var directory: URL { folder.directory }

    /// The portal named by the flags; with none given, the only cache in the folder.
    func selectedKey() throws -> String {
        try folder.selectedKey(baseURL: baseURL)
    }

    /// The keys a listing command covers: the selected portal, or every cached one.
    func keysToShow() throws -> [String] {
        folder.portalID != nil || baseURL != nil ? [try selectedKey()] : folder.existingKeys()
    }

    /// Opens an existing cache; refuses to create one just to report on it.
    func open(_ key: String) throws -> CRMCache {
        try folder.open(key)
    }
}
