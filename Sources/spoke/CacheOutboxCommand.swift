import ArgumentParser
import CRMCache
import Foundation
import HubSpot
import TerminalUI

/// `spoke cache outbox`: the changes waiting to be sent, in the order they will be; and the person's answer
/// for an entry that waits for one (a conflict, a refusal, a create whose fate is unknown).
struct CacheOutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox", abstract: "List changes waiting to be sent, in order; settle one that waits for you.",
        // One paragraph without line breaks: ArgumentParser wraps it to the terminal, and breaks of our own
        // left ragged lines in `--help`.
        discussion:
            "A create whose answer was lost and that Spoke could not find on HubSpot (state unknown) is never "
            + "sent again unasked: say it was created (--created SEQ --id ID, the id of the record it became), "
            + "send it again (--send-again SEQ), or drop it (--drop SEQ). --send-again also keeps your values over "
            + "a conflict's, and --drop takes the server's.")

    @OptionGroup var location: CacheLocationOptions

    @Option(name: .long, help: "Send entry SEQ again (a conflict: over the server's values).")
    var sendAgain: Int64?

    @Option(name: .long, help: "Drop entry SEQ (a create's local stand-in goes too).")
    var drop: Int64?

    @Option(name: .long, help: "Entry SEQ, a create of unknown fate, was created: give the record's id with --id.")
    var created: Int64?

    @Option(name: .long, help: "With --created: the id of the record the create became (read from the server).")
    var id: String?

    @Option(name: .long, help: "With --created: read the access token from this file.")
    var tokenFile: String?

    @Flag(name: .long, help: "With --created: send the token over plain http to a host other than this machine.")
    var insecure = false

    func validate() throws {
        let chosen = [sendAgain, drop, created].compactMap { $0 }
        guard chosen.count <= 1 else { throw ValidationError("choose one of --send-again, --drop and --created") }
        if created != nil, id?.isEmpty ?? true {
            throw ValidationError("--created needs --id, the id of the record the create became")
        }
        if id != nil, created == nil { throw ValidationError("--id goes with --created") }
    }

    func run() async throws {
        let cache = try location.open(try location.selectedKey())
        if let seq = sendAgain ?? drop {
            try settle(cache, seq) { try cache.resolveConflict(entry: seq, keepLocal: sendAgain != nil) }
            print(sendAgain != nil ? "#\(seq) will be sent again (spoke cache sync sends it)" : "#\(seq) dropped")
        } else if let seq = created, let id {
            let record = try await adopt(cache, seq: seq, id: id)
            print("#\(seq) is \(record.id) on HubSpot: its local stand-in now carries that id")
        }
        list(cache)
    }

    /// Settles `seq` through `action`, naming the entry in the refusal when it waits for nobody.
    private func settle(_ cache: CRMCache, _ seq: Int64, _ action: () throws -> Void) throws {
        do { try action() } catch CacheError.noSuchEntry {
            throw ValidationError("no entry #\(seq) waits for a decision (spoke cache outbox lists them)")
        }
    }

    /// Reads record `id` from the portal and adopts it as the answer the create `seq` lost.
    private func adopt(_ cache: CRMCache, seq: Int64, id: String) async throws -> CRMRecord {
        let token = try TokenSource.resolve(tokenFile: tokenFile, environment: ProcessInfo.processInfo.environment)
        let url = try PortalOptions.httpURL(location.baseURL ?? "https://api.hubapi.com")
        // The same rule as every other command that sends the token.
        try PortalOptions.checkTransport(url, sendsToken: token != nil, insecure: insecure)
        let client = HubSpotClient(baseURL: url, credentials: token.map { .bearer($0) })
        do {
            return try await OutboxReplayer(cache: cache, client: client).adoptUnknownCreate(seq: seq, id: id)
        } catch CacheError.noSuchEntry {
            throw ValidationError("no create #\(seq) of unknown fate (spoke cache outbox lists them)")
        } catch let error as HubSpotError {
            throw ValidationError("could not read record \(id): \(error.message); #\(seq) still waits")
        }
    }

    private func list(_ cache: CRMCache) {
        let entries = (try? cache.pendingChanges()) ?? []
        if entries.isEmpty { print("The outbox is empty.") }
        for entry in entries {
            let what = TerminalText.sanitize(entry.change.summary)
            let note = entry.lastError.map { " — " + TerminalText.sanitize($0) } ?? ""
            print(
                "#\(entry.seq)  \(entry.state.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) "
                    + "\(HubSpotTimestamp.format(entry.createdAt))  \(what)\(note)")
            if let choices = Self.choices(entry) { print("      " + choices) }
        }
    }

    /// The commands that settle an entry waiting for the person, or nil when it waits for nobody.
    static func choices(_ entry: OutboxEntry) -> String? {
        let seq = entry.seq
        switch entry.state {
        case .unknown:
            return "settle it: --created \(seq) --id ID (it exists) · --send-again \(seq) · --drop \(seq)"
        case .conflict:
            return "settle it: --send-again \(seq) (keep yours) · --drop \(seq) (take the server's)"
        case .failed:
            return "settle it: --send-again \(seq) (after fixing the cause) · --drop \(seq)"
        case .pending, .sending:
            return nil
        }
    }
}
