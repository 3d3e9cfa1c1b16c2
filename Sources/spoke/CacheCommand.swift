import ArgumentParser

/// `spoke cache`: inspect, list the outbox of, and clear the local cache.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Inspect or clear the local cache of portals.",
        subcommands: [
            CacheStatusCommand.self, CacheOutboxCommand.self, CacheSyncCommand.self, CacheClearCommand.self,
            CacheTortureCommand.self,
        ],
        defaultSubcommand: CacheStatusCommand.self
    )
}
