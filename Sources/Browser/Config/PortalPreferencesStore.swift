import Foundation

/// Reads and writes one portal's ``PortalPreferences``: `$XDG_STATE_HOME/spoke/<portal>.json`, else
/// `~/.local/state/spoke/<portal>.json`, mode 0600. Kept apart from the cache, so clearing the cache
/// never takes bookmarks with it.
public struct PortalPreferencesStore: Sendable {
    /// The file.
    public let fileURL: URL

    /// Creates a store for the file at `fileURL`.
    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    /// The store of portal `portalKey` in the default state folder; `nil` with no home to put it in.
    public static func standard(
        portalKey: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PortalPreferencesStore? {
        let folder: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            folder = URL(fileURLWithPath: state).appendingPathComponent("spoke")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            folder = URL(fileURLWithPath: home).appendingPathComponent(".local/state/spoke")
        } else {
            return nil
        }
        return PortalPreferencesStore(fileURL: folder.appendingPathComponent(portalKey + ".json"))
    }

    /// The saved preferences; empty when there is no file yet. A file that cannot be read is an error
    /// naming it, and is left as it is (it is never overwritten by a session that could not read it).
    public func load() throws -> PortalPreferences {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return PortalPreferences() }
        do {
            let data = try Data(contentsOf: fileURL)
            return try JSONDecoder().decode(PortalPreferences.self, from: data)
        } catch {
            throw PreferencesError(file: fileURL.path, reason: Self.describe(error))
        }
    }

    /// Replaces the file with `preferences` (written aside, then renamed, so a crash leaves the old file).
    public func save(_ preferences: PortalPreferences) throws {
        let folder = fileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(preferences)
        let temporary = folder.appendingPathComponent(".\(fileURL.lastPathComponent).\(getpid()).tmp")
        guard
            FileManager.default.createFile(
                atPath: temporary.path, contents: data,
                attributes: [.posixPermissions: 0o600])
        else {
            throw PreferencesError(file: temporary.path, reason: "cannot be written")
        }
        guard rename(temporary.path, fileURL.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PreferencesError(file: fileURL.path, reason: reason)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): "not valid JSON (\(context.debugDescription))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.keyNotFound(_, let context):
            "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        default: "\(error.localizedDescription)"
        }
    }
}
