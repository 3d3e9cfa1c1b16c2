import ArgumentParser
import SpokeBench

/// `spoke`: a terminal browser and editor for the HubSpot CRM.
@main
struct SpokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spoke",
        abstract: "A terminal browser for the HubSpot CRM.",
        discussion: """
            With no token configured, spoke opens the built-in demo portal. Set HUBSPOT_ACCESS_TOKEN \
            (a service key, or a private app token) or pass --token-file to browse a real portal; \
            spoke doctor checks the setup and names any scope the key lacks.

            Browsing takes these options (spoke browse --help explains each): --offline, --read-only, \
            --theme NAME, --profile NAME, --base-url URL, --token-file PATH, --demo, --api-version VERSION, \
            --cache-dir PATH, --no-cache, --log-file PATH, --config PATH.
            """,
        subcommands: [
            BrowseCommand.self, ListCommand.self, GetCommand.self, SearchCommand.self, CacheCommand.self,
            DoctorCommand.self, SandboxCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
