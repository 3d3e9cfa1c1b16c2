import ArgumentParser
import CommandLineSupport
import Foundation
import HubSpot
import Sandbox

/// `spoke bench`: benchmarks that print figures (medians over repeated runs), never pass/fail.
public struct BenchCommand: ParsableCommand {
    /// `bench` and its subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run benchmarks and print their figures.",
        subcommands: [
            SyncBench.self, CacheBench.self, KeysBench.self, TtyBench.self, OpenBench.self, StartBench.self,
            ScaleBench.self,
        ]
    )

    /// Creates the command, as ArgumentParser does before parsing into it.
    public init() {}
}
