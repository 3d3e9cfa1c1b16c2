import ArgumentParser
import CRMCache
import Foundation
import HubSpot

/// `spoke cache outbox`: the changes waiting to be sent, in the order they will be.
struct CacheOutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox", abstract: "List changes waiting to be sent, in order.")

    @OptionGroup var location: CacheLocationOptions

    func run() throws {
        let entries = try location.open(try location.selectedKey()).pendingChanges()
        if entries.isEmpty { print("The outbox is empty.") }
        for entry in entries {
            let what = entry.change.summary
            let note = entry.lastError.map { " — \($0)" } ?? ""
            print(
                "#\(entry.seq)  \(entry.state.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) "
                    + "\(HubSpotTimestamp.format(entry.createdAt))  \(what)\(note)")
        }
    }
}
