import ArgumentParser
import Sandbox

/// The reference link a network bench adds beside loopback: `--latency MS` and `--rate-limit N/Ws` for
/// its sandbox, read as `spoke sandbox` reads them.
struct LinkOptions: ParsableArguments {
    @Option(name: .long, help: "Latency the link's sandbox adds to every request, in ms (100 is the reference link).")
    var latency: Int = 0

    @Option(
        name: .long,
        help: "The link's rolling request budget, e.g. 190/10s (HubSpot Professional's); search keeps its 5/1s.")
    var rateLimit: String?

    func validate() throws {
        guard latency >= 0 else { throw ValidationError("--latency must be 0 or more, got \(latency)") }
        _ = try budget()
    }

    /// The parsed `--rate-limit`, if given.
    func budget() throws -> RateBudget? {
        guard let rateLimit else { return nil }
        guard let budget = RateBudget(parsing: rateLimit) else {
            throw ValidationError("--rate-limit must look like 190/10s or 5/1s, got \"\(rateLimit)\"")
        }
        return budget
    }

    /// Whether a link was asked for: then the bench runs on loopback and on the link.
    var isSet: Bool { latency > 0 || rateLimit != nil }

    /// "100 ms, 190/10s".
    var summary: String {
        [latency > 0 ? "\(latency) ms" : nil, rateLimit].compactMap { $0 }.joined(separator: ", ")
    }

    /// The sandbox traffic of loopback (no latency, a budget no bench meets) or of the link.
    func traffic(link: Bool) throws -> TrafficPolicy {
        var policy = TrafficPolicy()
        policy.budget = RateBudget(requests: 1_000_000, interval: .seconds(10))
        guard link else { return policy }
        policy.latency = .milliseconds(latency)
        if let budget = try budget() { policy.budget = budget }
        return policy
    }

    /// One network a bench runs on: its name as printed, the sandbox's traffic, and the latency it adds.
    struct Network {
        let name: String
        let traffic: TrafficPolicy
        let latencyMs: Int
    }

    /// Loopback, then the link when one was asked for: the networks every network bench runs on, in order.
    func networks() throws -> [Network] {
        var networks = [Network(name: "loopback", traffic: try traffic(link: false), latencyMs: 0)]
        if isSet {
            networks.append(Network(name: "link (\(summary))", traffic: try traffic(link: true), latencyMs: latency))
        }
        return networks
    }
}
