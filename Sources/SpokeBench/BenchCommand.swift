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

/// Syncs every contact of a sandbox with Spoke's client and with HubSpot's Python SDK (`get_all`).
struct SyncBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Sync N contacts with Spoke's client and with HubSpot's Python SDK; print both times and the ratio."
    )

    @Option(name: .long, help: "Contacts in the sandbox.")
    var contacts: Int = 10_000

    @Option(name: .long, help: "Runs of each client; the median is reported.")
    var runs: Int = 5

    @Option(name: .long, help: "The python3 to run the SDK with.")
    var python: String = "python3"

    func validate() throws {
        guard contacts > 0, runs > 0 else { throw ValidationError("--contacts and --runs must be positive") }
    }

    func run() throws {
        var configuration = SandboxConfiguration()
        configuration.contactCount = contacts
        // Both clients make the same requests; no budget should slow either one.
        configuration.traffic.budget = RateBudget(requests: 1_000_000, interval: .seconds(10))
        let started = Date()
        let sandboxConfiguration = configuration
        let server = try blockingAwait { try await SandboxServer.start(sandboxConfiguration) }
        defer { blockingAwait { await server.stop() } }
        print(
            "sandbox: \(server.portal.count(of: "contacts")) contacts at \(server.baseURL.absoluteString) "
                + "(built in \(String(format: "%.1f", Date().timeIntervalSince(started))) s)")

        let client = HubSpotClient(baseURL: server.baseURL, credentials: nil)
        var swiftTimes: [Double] = []
        var pythonTimes: [Double] = []
        for run in 1...runs {
            let (count, seconds) = try blockingAwait { try await Self.syncWithClient(client) }
            guard count == contacts else { throw ValidationError("Spoke's client synced \(count) of \(contacts)") }
            swiftTimes.append(seconds)
            let (pythonCount, pythonSeconds) = try Self.syncWithPythonSDK(python: python, url: server.baseURL)
            guard pythonCount == contacts else {
                throw ValidationError("the Python SDK synced \(pythonCount) of \(contacts)")
            }
            pythonTimes.append(pythonSeconds)
            print("run \(run): spoke \(Self.format(seconds)) s, python sdk \(Self.format(pythonSeconds)) s")
        }
        let swiftMedian = Self.median(swiftTimes)
        let pythonMedian = Self.median(pythonTimes)
        print(
            "sync \(contacts) contacts, median of \(runs): spoke client \(Self.format(swiftMedian)) s, "
                + "hubspot-api-client get_all \(Self.format(pythonMedian)) s, "
                + "ratio python/spoke \(String(format: "%.2f", pythonMedian / swiftMedian))×")
    }

    /// Pages every contact with `after` cursors, 100 at a time, as the SDK's `get_all` does.
    static func syncWithClient(_ client: HubSpotClient) async throws -> (Int, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0
        for try await page in client.pages("contacts", ListQuery(limit: 100)) { count += page.count }
        return (count, seconds(clock.now - start))
    }

    /// Runs the SDK's `get_all` in a python3 process; the time is measured inside Python, so
    /// interpreter start-up is not counted against it.
    static func syncWithPythonSDK(python: String, url: URL) throws -> (Int, Double) {
        let script = """
            import sys, time
            from hubspot import HubSpot
            client = HubSpot(access_token="bench", host=sys.argv[1])
            start = time.perf_counter()
            contacts = client.crm.contacts.get_all()
            print(len(contacts), time.perf_counter() - start)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", script, url.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard process.terminationStatus == 0, fields.count == 2, let count = Int(fields[0]),
            let seconds = Double(fields[1])
        else {
            throw ValidationError("the Python SDK run failed (is hubspot-api-client installed for \(python)?)")
        }
        return (count, seconds)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
}
