import ArgumentParser
import CRMCache
import Foundation
import HubSpot

/// `spoke cache status`: size, records per type, unsent changes and the oldest data of each cached portal.
struct CacheStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show size, counts per type, pending changes and the oldest data.")

    @OptionGroup var location: CacheLocationOptions

    func run() throws {
        let keys = try location.keysToShow()
        if keys.isEmpty { print("No cache in \(location.directory.path).") }
        for key in keys {
            let cache = try location.open(key)
            let status = try cache.status()
            print("\(key)  \(status.fileURL.path)")
            print("  size      \(ByteText.format(status.sizeBytes))")
            // Custom types are named by the schemas the browser cached, as it names them.
            var registry = ObjectTypeRegistry.standard
            let schemas = try? cache.document(kind: CRMCache.DocumentKind.schemas, key: "all", as: [ObjectSchema].self)
            for schema in schemas?.value ?? [] { registry.register(schema.objectType) }
            for (typeID, count) in status.recordsByType.sorted(by: { $0.key < $1.key }) {
                let name = registry.resolve(typeID)?.pluralLabel ?? typeID
                print("  \(name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(count)")
            }
            let blocked = status.blockedChanges > 0 ? " (\(status.blockedChanges) need you: spoke cache outbox)" : ""
            print("  outbox    \(status.pendingChanges) pending\(blocked)")
            print("  oldest    \(status.oldestFetch.map(HubSpotTimestamp.format) ?? "—")")
        }
    }
}
