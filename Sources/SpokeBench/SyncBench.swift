import ArgumentParser
import CRMCache
import CommandLineSupport
import Foundation
import HubSpot
import Sandbox

/// Syncs every contact of a sandbox with `spoke cache sync`'s code (into a real cache in a temporary
/// directory) and with HubSpot's Python SDK (`get_all`), on loopback and, when asked, on a reference link.
struct SyncBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract:
            "Sync N contacts with spoke cache sync's code and with HubSpot's Python SDK, on loopback and on a link; "
            + "print both times and the ratio."
    )

    @Option(name: .long, help: "Contacts in the sandbox.")
    var contacts: Int = 10_000

    @Option(name: .long, help: "Runs of each client per network; the median is reported.")
    var runs: Int = 5

    @Option(name: .long, help: "The python3 to run the SDK with.")
    var python: String = "python3"

    @OptionGroup var link: LinkOptions

    func validate() throws {
        guard contacts > 0, runs > 0 else { throw ValidationError("--contacts and --runs must be positive") }
    }

    /// One network's medians.
    struct Figures {
        var name: String
        var spoke: Double
        var sdk: Double
        var spoke429: Int
        var sdk429: Int
        var spokeRequests: Int
        var sdkRequests: Int
    }

    func run() throws {
        let results = try link.networks().map { try measure(name: $0.name, traffic: $0.traffic) }
        print("")
        print("sync \(contacts) contacts, median of \(runs) runs each:")
        let width = max(24, (results.map(\.name.count).max() ?? 0) + 2)
        let pad = { (text: String) in text.padding(toLength: width, withPad: " ", startingAt: 0) }
        print(pad("") + "  " + results.map { pad($0.name) }.joined(separator: "  "))
        let rows: [(String, (Figures) -> String)] = [
            ("spoke cache sync", { "\(Self.format($0.spoke)) s" }),
            ("python sdk get_all", { "\(Self.format($0.sdk)) s" }),
            ("ratio sdk/spoke", { String(format: "%.2f×", $0.sdk / $0.spoke) }),
            ("requests (spoke/sdk)", { "\($0.spokeRequests) / \($0.sdkRequests)" }),
            ("429s (spoke/sdk)", { "\($0.spoke429) / \($0.sdk429)" }),
        ]
        for (label, value) in rows {
            print(pad(label) + "  " + results.map { pad(value($0)) }.joined(separator: "  "))
        }
    }

    /// Runs both clients `runs` times against one sandbox with `traffic`; each client starts with the
    /// budget's window empty, so neither pays for the other's requests.
    private func measure(name: String, traffic: TrafficPolicy) throws -> Figures {
        var configuration = SandboxConfiguration()
        configuration.contactCount = contacts
        configuration.traffic = traffic
        let started = Date()
        let sandboxConfiguration = configuration
        let server = try blockingAwait { try await SandboxServer.start(sandboxConfiguration) }
        defer { blockingAwait { await server.stop() } }
        print(
            "\(name): sandbox of \(server.portal.count(of: "contacts")) contacts at \(server.baseURL.absoluteString) "
                + "(built in \(String(format: "%.1f", Date().timeIntervalSince(started))) s), "
                + "latency \(Int(Self.seconds(traffic.latency) * 1000)) ms, budget \(traffic.budget), search \(traffic.searchBudget)"
        )
        let folder = URL(fileURLWithPath: NSTemporaryDirectory() + "spoke-bench-sync-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        // On a metered link, a client starting within the window of the one before would be charged for it.
        let settle = traffic.budget.requests < 1_000_000 ? traffic.budget.interval : .zero
        var spoke: [(seconds: Double, traffic: TrafficCounts)] = []
        var sdk: [(seconds: Double, traffic: TrafficCounts)] = []
        for run in 1...runs {
            Thread.sleep(forTimeInterval: Self.seconds(settle))
            let before = server.traffic
            let directory = folder.appendingPathComponent("run-\(run)")
            let (count, seconds) = try blockingAwait { try await Self.syncWithSpoke(server.baseURL, directory) }
            guard count == contacts else { throw ValidationError("spoke cache sync stored \(count) of \(contacts)") }
            spoke.append((seconds, Self.delta(server.traffic, since: before)))
            Thread.sleep(forTimeInterval: Self.seconds(settle))
            let beforeSDK = server.traffic
            let (pythonCount, pythonSeconds) = try Self.syncWithPythonSDK(python: python, url: server.baseURL)
            guard pythonCount == contacts else {
                throw ValidationError("the Python SDK synced \(pythonCount) of \(contacts)")
            }
            sdk.append((pythonSeconds, Self.delta(server.traffic, since: beforeSDK)))
            print(
                "  run \(run): spoke \(Self.format(seconds)) s (\(Self.describe(spoke[run - 1].traffic))), "
                    + "python sdk \(Self.format(pythonSeconds)) s (\(Self.describe(sdk[run - 1].traffic)))")
        }
        return Figures(
            name: name, spoke: Self.median(spoke.map(\.seconds)), sdk: Self.median(sdk.map(\.seconds)),
            spoke429: spoke.map(\.traffic.tooManyRequests).reduce(0, +),
            sdk429: sdk.map(\.traffic.tooManyRequests).reduce(0, +),
            spokeRequests: spoke.last.map { Self.requests($0.traffic) } ?? 0,
            sdkRequests: sdk.last.map { Self.requests($0.traffic) } ?? 0)
    }

    /// What `spoke cache sync contacts` does for the contacts: `CacheSyncer.refresh` with a new client (its
    /// pacer learns the budget afresh) into a new cache. Counted from the first request to the last page stored.
    static func syncWithSpoke(_ url: URL, _ directory: URL) async throws -> (Int, Double) {
        let cache = try CRMCache(directory: directory, portalKey: "bench", sizeCap: Int64.max)
        let client = HubSpotClient(baseURL: url, credentials: nil)
        let clock = ContinuousClock()
        let start = clock.now
        let count = try await CacheSyncer(cache: cache, client: client).refresh(typeID: "0-1")
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

    static func delta(_ now: TrafficCounts, since before: TrafficCounts) -> TrafficCounts {
        var delta = TrafficCounts()
        delta.admitted = now.admitted - before.admitted
        delta.searchesAdmitted = now.searchesAdmitted - before.searchesAdmitted
        delta.refused = now.refused - before.refused
        delta.searchesRefused = now.searchesRefused - before.searchesRefused
        return delta
    }

    static func requests(_ counts: TrafficCounts) -> Int { counts.admitted + counts.searchesAdmitted }

    /// "212 requests of which 50 searches, no 429".
    static func describe(_ counts: TrafficCounts) -> String {
        "\(requests(counts)) requests, \(counts.searchesAdmitted) of them searches, "
            + (counts.tooManyRequests == 0 ? "no 429" : "\(counts.tooManyRequests) answered 429")
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
