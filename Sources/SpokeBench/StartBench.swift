import ArgumentParser
import CommandLineSupport
import Foundation
import Sandbox

/// `spoke bench start`: process start to the first drawn list rows against a sandbox, with a cache that has
/// never seen the token (cold) and again on the cache that run filled (warm).
struct StartBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Time process start to the first list rows on a live sandbox, cold cache and warm."
    )

    @Option(name: .long, help: "Runs, each a cold and a warm start; medians are reported.")
    var runs: Int = 5

    @OptionGroup var link: LinkOptions

    func validate() throws {
        guard runs > 0 else { throw ValidationError("--runs must be positive") }
    }

    func run() throws {
        // Loopback first, then the link beside it when one was asked for.
        for network in try link.networks() {
            try measure(traffic: network.traffic, latency: Double(network.latencyMs), name: network.name)
        }
    }

    /// Cold and warm starts against a sandbox with `traffic` (`latency` ms a request); prints each run and the medians.
    private func measure(traffic: TrafficPolicy, latency: Double, name: String) throws {
        var configuration = SandboxConfiguration(token: Self.token)
        configuration.traffic = traffic
        let sandboxConfiguration = configuration
        let server = try blockingAwait { try await SandboxServer.start(sandboxConfiguration) }
        defer { blockingAwait { await server.stop() } }
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "spoke-bench-start-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        print(
            "\(name): demo portal at \(server.baseURL.absoluteString); spoke under a pty (script), TERM=xterm-256color")
        var cold: [Double] = []
        var warm: [Double] = []
        for run in 1...runs {
            let directory = folder.appendingPathComponent("run-\(run)")
            cold.append(try firstRows(server.baseURL, directory))
            warm.append(try firstRows(server.baseURL, directory))
            print(String(format: "  run %d: cold %.0f ms, warm %.0f ms", run, cold.last! * 1000, warm.last! * 1000))
        }
        let coldMs = SyncBench.median(cold) * 1000
        let warmMs = SyncBench.median(warm) * 1000
        print(
            String(
                format: "%@: process start to first list rows, median of %d: cold (a token and cache never seen) "
                    + "%.0f ms, warm (the cache the cold run filled) %.0f ms", name, runs, coldMs, warmMs))
        if latency > 0 {
            // Issue 17's budget: a cold start shows rows after one round trip and 100 ms of our own.
            let met = coldMs <= latency + 100 ? "met" : "NOT met"
            print(
                String(
                    format:
                        "  in round trips of %.0f ms: cold %.1f, warm %.1f (budget for cold: one round trip + 100 ms, %@)",
                    latency, coldMs / latency, warmMs / latency, met))
        }
    }

    static let token = "bench-start-token"

    /// Runs spoke on `baseURL` with the cache and config in `directory`; the seconds from process start to its
    /// first drawn list row.
    private func firstRows(_ baseURL: URL, _ directory: URL) throws -> Double {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try FirstRowsTimer.seconds(
            environment: "HUBSPOT_ACCESS_TOKEN=\(Self.token) XDG_CONFIG_HOME=\(directory.path) "
                + "XDG_STATE_HOME=\(directory.path)/state",
            arguments: "--base-url \(baseURL.absoluteString) --cache-dir \(directory.path)", reportIn: directory)
    }
}
